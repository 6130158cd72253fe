-- wrk script: POST the seed scenario (Iran attacked by Israel, joined by the United States) to
-- /api/scenario. Usage (see docs/benchmarks.md, "HTTP scenario endpoint"):
--   wrk -t2 -c50 -d30s --latency -s bench/web/scenario-post.lua http://127.0.0.1:5091
wrk.method = "POST"
wrk.path = "/api/scenario"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"target":"Iran","attackers":["Israel"],"joiners":["United States"],"as_of":"2025-06-21"}'
-- wrk prints non-2xx answers as "Non-2xx or 3xx responses"; socket errors on their own line.
