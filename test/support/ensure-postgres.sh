#!/usr/bin/env bash
# The storage contract tests run against a real PostgreSQL (TEST_DATABASE_URL). Where none answers and we may
# install, start Debian's postgresql; otherwise fail saying how to provide one. Never a silent skip.
set -euo pipefail
url="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
answers() { node -e "const {Client}=require('pg');const c=new Client({connectionString:process.argv[1],connectionTimeoutMillis:3000});c.connect().then(()=>c.query('select 1')).then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))" "$url"; }
if answers; then exit 0; fi
if [ -z "${TEST_DATABASE_URL:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "No PostgreSQL answers at $url; installing and starting Debian's postgresql..."
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  version=$(ls /etc/postgresql | sort -n | tail -1)
  conf=/etc/postgresql/$version/main
  grep -q '^host all all 127.0.0.1/32 trust' "$conf/pg_hba.conf" || sed -i '1i host all all 127.0.0.1/32 trust' "$conf/pg_hba.conf"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster --skip-systemctl-redirect "$version" main reload
  for _ in $(seq 1 30); do answers && break; sleep 1; done
  su postgres -c "psql -tAc \"select 1 from pg_database where datname='test'\"" | grep -q 1 || su postgres -c "createdb test"
  answers && exit 0
fi
cat >&2 <<MSG
The storage tests need PostgreSQL and none answers at $url.
Provide one of:
  - a running PostgreSQL with a database "test" that user postgres can use without a password on 127.0.0.1:5432
    (Debian/Ubuntu: sudo apt-get install postgresql, then allow 'host all all 127.0.0.1/32 trust' in pg_hba.conf and createdb test);
  - or TEST_DATABASE_URL=postgres://user:password@host:5432/db pointing at an empty database you may create schemas in.
MSG
exit 1
