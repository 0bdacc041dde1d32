#!/bin/sh
# Install Debian's chromium for the browser tests (tests/web/test_browser.py) when it is
# missing and we are root. Always exits 0: without a browser those tests skip with a
# message saying so.
set -u
CHROMIUM="${THREADLINE_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: $CHROMIUM is absent and apt-get as root is not available;" \
         "browser tests will be skipped (run 'apt-get install chromium' as root)" >&2
    exit 0
fi
echo "install-browser: installing Debian's chromium for the browser tests" >&2
if ! (timeout 900 apt-get install -y -q chromium >/dev/null 2>&1 \
      || (timeout 300 apt-get update -q >/dev/null 2>&1 && timeout 900 apt-get install -y -q chromium >/dev/null 2>&1)); then
    echo "install-browser: could not install chromium; browser tests will be skipped" >&2
fi
exit 0
