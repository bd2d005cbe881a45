#!/usr/bin/env bash
# Issue 15: the server under a newsroom's load and an attack at once (wrk
# with 500 connections for 30 s on the dashboard's 10-URL mix while an
# ingest writes, three 1 MiB POST /api/code bodies and 600 slow sockets
# from 127.0.0.2): 0 timeouts, 0 5xx other than 503 on /api/code, health
# p99 < 1 s, RSS < 200 MB (see bench/serve-ingest-load --check).
set -u
cd "$(dirname "$0")/../.."
exec bench/serve-ingest-load --check
