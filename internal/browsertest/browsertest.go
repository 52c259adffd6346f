// Package browsertest is the one place where the test suites decide what a
// missing Chromium means: a skip on a developer's machine, a failure in CI
// (CI=true), where .ci/run installs Debian's chromium and the browser tests
// must run.
package browsertest

import (
	"os"
	"testing"
)

// Need returns the browser find locates, or ends the test: skipped without
// a browser, failed when CI=true. find is render.FindChromium's shape; it is
// passed in so that render's own tests can use this package too.
func Need(t testing.TB, find func() (string, error)) string {
	t.Helper()
	path, err := find()
	if err == nil {
		return path
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true and no Chromium: %v (apt-get install -y chromium)", err)
	}
	t.Skipf("no Chromium on this machine (%v); install it with apt-get install -y chromium", err)
	return ""
}
