#!/usr/bin/env bash
# Container health check without curl or wget: one HTTP/1.0 GET of /actuator/health over bash's
# /dev/tcp. Healthy only on a 200 (UP once the content index is built).
set -euo pipefail
port="${SERVER_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 5 status <&3
exec 3<&-
[[ "${status}" =~ ^HTTP/1\.[01]\ 200 ]]
