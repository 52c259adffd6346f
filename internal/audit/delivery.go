package audit

import (
	"context"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// deliverer sends the stored events still pending on each configured
// channel and records each delivery, so that an event is sent once.
type deliverer struct {
	st   *store.Store
	cfg  *config.Config
	warn func(format string, a ...any)
	lang msg.Lang
	// mailer and webhook override the configured ones (tests).
	mailer  *tickets.Mailer
	webhook *tickets.Webhook
}

func (d deliverer) deliver(ctx context.Context, auditID int64, now time.Time) {
	if w := d.webhookClient(); w != nil {
		d.sendWebhook(ctx, w, auditID, now)
	}
	if m := d.mailClient(); m != nil {
		d.sendMail(ctx, m, now)
	}
}

func (d deliverer) webhookClient() *tickets.Webhook {
	if d.webhook != nil {
		return d.webhook
	}
	c := d.cfg.Webhook
	if c == nil || c.URL == "" {
		return nil
	}
	return &tickets.Webhook{URL: c.URL, Timeout: c.Timeout.D(), Retries: c.Retries, UserAgent: config.DefaultUserAgent}
}

func (d deliverer) mailClient() *tickets.Mailer {
	if d.mailer != nil {
		return d.mailer
	}
	c := d.cfg.SMTP
	if c == nil || c.Addr == "" {
		return nil
	}
	return &tickets.Mailer{Addr: c.Addr, From: c.From, Username: c.Username, Password: c.Password}
}

func (d deliverer) sendWebhook(ctx context.Context, w *tickets.Webhook, auditID int64, now time.Time) {
	pending, err := d.st.Pending(ctx, store.ChannelWebhook)
	if err != nil {
		d.warn("webhook: %v", err)
		return
	}
	if len(pending) == 0 {
		return
	}
	if err := w.Send(ctx, tickets.NewPayload(auditID, pending, now)); err != nil {
		d.warn("%s: %v", msg.Tf(d.lang, "delivery.webhook.failed", len(pending)), err)
		return
	}
	if err := d.st.MarkDelivered(ctx, store.ChannelWebhook, eventIDs(pending), now); err != nil {
		d.warn("%s: %v", msg.T(d.lang, "delivery.webhook.unrecorded"), err)
	}
}

func (d deliverer) sendMail(ctx context.Context, m *tickets.Mailer, now time.Time) {
	pending, err := d.st.Pending(ctx, store.ChannelMail)
	if err != nil {
		d.warn("mail: %v", err)
		return
	}
	if len(pending) == 0 {
		return
	}
	all, err := d.st.Tickets(ctx, true)
	if err != nil {
		d.warn("mail: %v", err)
		return
	}
	for _, dg := range tickets.Digests(pending, all, d.cfg.Names(), now) {
		if err := m.SendDigest(ctx, dg); err != nil {
			d.warn("%s: %v", msg.Tf(d.lang, "delivery.mail.failed", dg.To), err)
			continue
		}
		if err := d.st.MarkDelivered(ctx, store.ChannelMail, eventIDs(dg.Events), now); err != nil {
			d.warn("%s: %v", msg.Tf(d.lang, "delivery.mail.unrecorded", dg.To), err)
		}
	}
}

func eventIDs(es []tickets.Event) []int64 {
	ids := make([]int64, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}
