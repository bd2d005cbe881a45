-- wrk script for bench/serve-load: POST /api/code with one English article
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-ndjson"
wrk.body = '{"date":"2025-09-03","lang":"en","title":"Kim meets Putin in Beijing","text":' ..
  '"North Korean leader Kim Jong Un met Russian President Vladimir Putin in Beijing on Wednesday. ' ..
  'Russia and North Korea reaffirmed their agreement, Interfax reported. ' ..
  'Russian troops attacked Ukrainian positions near Kharkiv, the Ukrainian military said."}\n'
