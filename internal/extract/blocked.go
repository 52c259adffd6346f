package extract

import (
	"bytes"
	"strings"
)

// Reasons a page is not the portal's content (PageExtract.Blocked).
const (
	// BlockedFirewall: a web application firewall's rejection page ("Request
	// Rejected", Cloudflare, Akamai, Imperva, Sucuri, ModSecurity), often
	// served with status 200.
	BlockedFirewall = "firewall"
	// BlockedCaptcha: a page that asks to prove one is human before
	// showing anything.
	BlockedCaptcha = "captcha"
)

// firewallTitles are folded <title>s of firewall pages.
var firewallTitles = []string{"request rejected", "access denied", "attention required cloudflare", "just a moment", "sucuri website firewall", "not acceptable", "truy cap bi tu choi", "yeu cau bi tu choi"}

// firewallTexts are folded phrases of firewall pages' text.
var firewallTexts = []string{"the requested url was rejected", "your support id is", "incapsula incident id", "cloudflare ray id", "access denied reference", "mod security", "yeu cau cua ban da bi chan", "truy cap cua ban da bi chan", "ban khong co quyen truy cap trang nay"}

// captchaMarkers are lower-case markup of captcha widgets.
var captchaMarkers = [][]byte{[]byte("g-recaptcha"), []byte("h-captcha"), []byte("cf-turnstile"), []byte("captcha"), []byte("cf_chl_"), []byte("challenge-platform")}

// captchaTexts are folded phrases that ask the visitor to prove they are human.
var captchaTexts = []string{"ma xac nhan", "ma xac thuc", "khong phai la nguoi may", "khong phai robot", "toi khong phai la nguoi may", "verify you are human", "are you a robot", "not a robot", "security check", "kiem tra bao mat"}

// blockedTextMax is the visible text a blocked page shows at most, in
// bytes: a rejection notice or a captcha form, no menus, no lists. A
// portal page with a captcha in its feedback form shows far more.
const blockedTextMax = 1500

// blockedReason tells a firewall or captcha page from content, or "".
// body is the decoded body.
func (p *Page) blockedReason(body []byte) string {
	if len(p.px.Entries) > 0 || p.px.Detail != nil || p.body == nil {
		return ""
	}
	title := fold(p.px.Title)
	for _, t := range firewallTitles {
		if strings.HasPrefix(title, t) {
			return BlockedFirewall
		}
	}
	if len(p.px.Links) > 8 {
		return "" // a page to browse, not a wall
	}
	text := limitedText(p.body, blockedTextMax)
	if len(text) >= blockedTextMax {
		return ""
	}
	f := fold(text)
	for _, t := range firewallTexts {
		if strings.Contains(f, t) {
			return BlockedFirewall
		}
	}
	asks := false
	for _, t := range captchaTexts {
		if strings.Contains(f, t) {
			asks = true
			break
		}
	}
	if !asks && len(body) > 256<<10 {
		return ""
	}
	lower := bytes.ToLower(body)
	for _, m := range captchaMarkers {
		if bytes.Contains(lower, m) {
			return BlockedCaptcha
		}
	}
	return ""
}
