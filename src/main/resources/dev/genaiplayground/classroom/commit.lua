-- Commits a class's new state if nobody changed it since it was read, and publishes the news in the same step,
-- so that messages on the class's channel come in the order of the commits (RedisClassroomEngine).
-- KEYS[1]  the class's hash: fields state (JSON) and revision
-- ARGV[1]  the revision read, 0 for a class that must not exist yet
-- ARGV[2]  the new state as JSON, or '' to delete the class (it ended)
-- ARGV[3]  the new time to live in milliseconds, or 0 to keep the current one
-- ARGV[4]  the class's channel
-- ARGV[5]  the message for it, or '' for none
-- Returns 1 when committed, 0 when the class changed since it was read.
local revision = tonumber(redis.call('HGET', KEYS[1], 'revision') or '0')
if revision ~= tonumber(ARGV[1]) then
  return 0
end
if ARGV[2] == '' then
  redis.call('DEL', KEYS[1])
else
  redis.call('HSET', KEYS[1], 'state', ARGV[2], 'revision', revision + 1)
  if ARGV[3] ~= '0' then
    redis.call('PEXPIRE', KEYS[1], ARGV[3])
  end
end
if ARGV[5] ~= '' then
  redis.call('PUBLISH', ARGV[4], ARGV[5])
end
return 1
