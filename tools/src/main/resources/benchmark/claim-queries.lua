-- wrk script of bin/benchmark-gateway: claim queries at a fixed rate, each request its own path.
--   wrk -t2 -c50 -d20s -H 'Authorization: Bearer KEY' -s claim-queries.lua URL -- RATE_PER_THREAD PATH_TEMPLATE [ARTICLES]
-- PATH_TEMPLATE holds %s for an article id (a%015d, one of ARTICLES, drawn at random per request) or no %s (one path).
-- Each wrk thread sends its RATE_PER_THREAD requests/s on a schedule shared by its connections (a request waits for
-- its slot, and a slot missed because every connection was busy is not made up). Latency is from a request's send
-- to its answer, as hey measures it.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } cw_timespec;
  int clock_gettime(int clock, cw_timespec *ts);
]]
local ts = ffi.new("cw_timespec")
local CLOCK_MONOTONIC = 1

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local interval, template, articles, slot

function init(args)
  interval = 1000 / tonumber(args[1])
  template = args[2]
  articles = tonumber(args[3] or "0")
  slot = nil
  math.randomseed(math.floor(now_ms() * 1000) % 2147483647)
end

function delay()
  local now = now_ms()
  if slot == nil then
    -- threads start out of phase, so that their slots interleave
    slot = now + math.random() * interval
  else
    slot = math.max(slot + interval, now)
  end
  return math.floor(slot - now)
end

function request()
  local path = template
  if articles > 0 then
    path = string.format(template, string.format("a%015d", math.random(0, articles - 1)))
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("CW requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout))
end
