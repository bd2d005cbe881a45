-- wrk script of bench/serve-ingest-load: the dashboard's traffic, ten URLs
-- in turn (each thread and connection starts at its own place in the list),
-- counting the 5xx answers. EVENT_ID names an event of the database.
local paths = {
  "/api/health", "/api/summary", "/api/events?limit=50", "/api/events?actor=RUS&limit=50",
  "/api/dyads/RUS/PRK", "/api/events/" .. (os.getenv("EVENT_ID") or "1"), "/api/actors",
  "/api/articles?limit=20", "/", "/app.js",
}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  i = math.random(#paths)
  s5 = 0
  other = 0
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1 elseif status >= 300 then other = other + 1 end
end
function done(summary, latency, requests)
  local n5, no = 0, 0
  for _, t in ipairs(threads) do n5 = n5 + t:get("s5"); no = no + t:get("other") end
  io.write(string.format("mix-5xx %d\nmix-other-non-2xx %d\n", n5, no))
end
