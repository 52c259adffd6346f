package web

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"
)

// ListenError is an address the dashboard could not listen on.
type ListenError struct {
	Addr string
	Err  error
}

func (e *ListenError) Error() string {
	return fmt.Sprintf("cannot listen on %s: %v (is another program using the port? try --addr 127.0.0.1:8081)", e.Addr, e.Err)
}

func (e *ListenError) Unwrap() error { return e.Err }

// ListenAndServe serves the dashboard on addr until ctx ends, and runs the
// schedule when the server has a period (Options.Every). ready, when set,
// receives the address once the server listens (port 0 picks one). It
// waits for the schedule to end before returning: the schedule reads the
// database, which the caller closes next.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(addr string)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return &ListenError{Addr: addr, Err: err}
	}
	if s.tls != nil {
		ln = tls.NewListener(ln, s.tls)
	}
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	scheduled := make(chan struct{})
	if s.every > 0 {
		go func() { defer close(scheduled); _ = s.Schedule(ctx, s.every) }()
	} else {
		close(scheduled)
	}
	bound := ln.Addr().String()
	s.log.Info("serving", "addr", bound, "tls", s.tls != nil, "every", s.every.String(), "token", s.token != "")
	if ready != nil {
		ready(bound)
	}
	var serveErr error
	select {
	case <-ctx.Done():
	case err := <-served:
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			serveErr = fmt.Errorf("serve: %w", err)
		}
	}
	s.log.Info("stopping")
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = hs.Shutdown(sctx)
	stop()
	<-scheduled
	return serveErr
}

// OpenURL is the address a person can open for a listener bound to addr
// (https when it serves TLS): a wildcard address (0.0.0.0, [::]) becomes the
// machine's name, since a browser cannot open "http://[::]:8080".
func OpenURL(addr string, secure bool) string {
	scheme := "http://"
	if secure {
		scheme = "https://"
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return scheme + addr + "/"
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
		if name, err := os.Hostname(); err == nil && name != "" {
			host = name
		}
	}
	return scheme + net.JoinHostPort(host, port) + "/"
}

// LoadTLS reads the certificate (with its chain) and key that serve
// --tls-cert/--tls-key name, so that a wrong file is said at start-up, with
// its name, rather than at the first browser's handshake.
func LoadTLS(certFile, keyFile string) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, fmt.Errorf("--tls-cert %s / --tls-key %s: %w", certFile, keyFile, err)
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}, nil
}
