-- The W3C traceparent of the request that stored the article (null when tracing is off), so that the worker
-- that extracts it later continues the same trace: one trace from the gateway through the queue to the claims.
ALTER TABLE article ADD COLUMN trace_parent text;
