// Package browsertest is the one place where the test suites decide what a
// missing Debian tool means (Chromium, poppler, Tesseract): a skip on a
// developer's machine, a failure in CI (CI=true), where .ci/run installs
// them and the tests that need them must run.
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
	NeedInstalled(t, err, "chromium")
	return path
}

// NeedInstalled ends the test when err (a failed look for a tool) is not
// nil: skipped, naming the Debian packages to install, or failed when
// CI=true.
func NeedInstalled(t testing.TB, err error, debianPackages string) {
	t.Helper()
	if err == nil {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true but %s is not installed: %v (apt-get install -y %s)", debianPackages, err, debianPackages)
	}
	t.Skipf("skipped: install the Debian packages %s (CI=true makes this a failure): %v", debianPackages, err)
}
