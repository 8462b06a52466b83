#!/usr/bin/env bash
# A throw-away demo: a new vault in a temporary folder, synthetic data, demo accounts
# shown on the login screen. Everything is deleted when the application closes.
#   DEMO_SUBJECTS / DEMO_OBSERVATIONS change the amount of synthetic data.
set -euo pipefail
VENV="${1:-.venv}"
DIR="$(mktemp -d -t radprev-demo-XXXXXX)"
trap 'rm -rf "$DIR"' EXIT
VAULT="$DIR/vault"
PASSWORD_FILE="$DIR/admin-password"
ADMIN_PASSWORD="demo-admin-password"
printf '%s\n' "$ADMIN_PASSWORD" > "$PASSWORD_FILE"
"$VENV/bin/radprev" --vault "$VAULT" --password-file "$PASSWORD_FILE" init \
    --mode workstation --establishment PL-DEMO1 --establishment-name "Areszt Śledczy Demo" \
    --admin admin --display-name "Administrator Demo" \
    --unit "A=Oddział A" --unit "B=Oddział B" --unit "C=Oddział C" > /dev/null
"$VENV/bin/radprev" --vault "$VAULT" --user admin --password-file "$PASSWORD_FILE" demo \
    --subjects "${DEMO_SUBJECTS:-200}" --observations "${DEMO_OBSERVATIONS:-3000}" > /dev/null
rm -f "$PASSWORD_FILE"
echo "Demo vault (deleted on exit): $VAULT"
export RADPREV_DEMO_ACCOUNTS="admin:${ADMIN_PASSWORD}:administrator"
"$VENV/bin/radprev-desktop" --vault "$VAULT" --demo-accounts "${@:2}"
