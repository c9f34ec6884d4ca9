-- wrk script for bench-serve.sh: each connection walks through the main API endpoints in turn, on the demo
-- data, with varied parameters (CAMEO roots, countries, documents, pages): 9 kinds of request, 290 URLs.
local paths = {}
local countries = {"USA", "RUS", "CHN", "UKR", "ISR", "IRN", "SYR", "PRK", "SAU", "AFG"}
for r = 1, 20 do
  local root = string.format("%02d", r)
  table.insert(paths, "/api/events?cameo=" .. root .. "&limit=50")
  table.insert(paths, "/api/dyads?cameo=" .. root .. "&limit=150")
end
for _, c in ipairs(countries) do
  table.insert(paths, "/api/events?country=" .. c .. "&from=2014-01-01&to=2022-12-31")
  table.insert(paths, "/api/actors?country=" .. c)
  table.insert(paths, "/api/dyads?source=" .. c .. "&target=USA&undirected=true&interval=month")
  table.insert(paths, "/api/events?q=" .. c:lower() .. "&quad=4")
end
for d = 1, 61 do
  table.insert(paths, string.format("/api/documents/demo-%03d", d))
  table.insert(paths, string.format("/api/events?doc=demo-%03d", d))
end
for o = 0, 250, 50 do
  table.insert(paths, "/api/events?limit=50&offset=" .. o)
end
for _ = 1, 20 do
  table.insert(paths, "/api/health")
end
table.insert(paths, "/api/dyads?limit=150")
table.insert(paths, "/api/actors")

local i = 0
init = function(args)
  -- each thread starts at its own place in the list
  i = math.random(#paths)
end

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH urls=%d requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f "
    .. "max_ms=%.2f socket_errors=%d status_errors=%d\n", #paths,
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
