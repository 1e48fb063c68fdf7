#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 for the integration tests:
# starts the local Debian cluster if it is stopped, installs Debian's postgresql if it is absent
# (needs root and apt). With --strict, exits 1 when no server can be had; otherwise warns.
set -uo pipefail
strict=false
[[ "${1:-}" == "--strict" ]] && strict=true

answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h 127.0.0.1 -p 5432 -t 3
  else
    (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
  fi
}

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }

if answers; then echo "PostgreSQL answers on 127.0.0.1:5432"; exit 0; fi

if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  echo "PostgreSQL is not installed; installing Debian's postgresql package..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || true
fi

for version in $(ls /etc/postgresql 2>/dev/null); do
  conf="/etc/postgresql/$version/main"
  # the tests connect as 'postgres' over TCP without a password: trust local connections
  if [[ -f "$conf/pg_hba.conf" ]] && ! grep -q "pactum-tests" "$conf/pg_hba.conf"; then
    as_root sed -i '1i # pactum-tests: local trust for the integration tests\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$conf/pg_hba.conf" || true
  fi
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || \
    as_root pg_ctlcluster "$version" main start 2>/dev/null || true
done

for _ in $(seq 1 30); do
  if answers; then echo "PostgreSQL answers on 127.0.0.1:5432"; exit 0; fi
  sleep 1
done

echo "!! No PostgreSQL server answers on 127.0.0.1:5432" >&2
$strict && exit 1
exit 0
