// A holding's time span and count come from the attestations that remain; one with none is removed.
// Earliest: smallest start, then the more precise date, then the date text (a fixed order, so the
// result does not depend on load order); latest likewise with the largest end.
UNWIND $keys AS key
MATCH (o:Occupancy {key: key})
OPTIONAL MATCH (o)-[r:ATTESTED_IN]->(:Article)
WITH o, collect(r {.date, .start, .end, .term}) AS seen
WITH o, seen,
  reduce(best = null, r IN [r IN seen WHERE r.start IS NOT NULL] |
    CASE WHEN best IS NULL OR r.start < best.start
           OR (r.start = best.start AND (size(r.date) > size(best.date)
               OR (size(r.date) = size(best.date) AND r.date < best.date)))
         THEN r ELSE best END) AS earliest,
  reduce(best = null, r IN [r IN seen WHERE r.end IS NOT NULL] |
    CASE WHEN best IS NULL OR r.end > best.end
           OR (r.end = best.end AND (size(r.date) > size(best.date)
               OR (size(r.date) = size(best.date) AND r.date < best.date)))
         THEN r ELSE best END) AS latest,
  reduce(top = null, r IN seen | CASE WHEN r.term IS NOT NULL AND (top IS NULL OR r.term > top)
                                      THEN r.term ELSE top END) AS term
SET o.attestations = size(seen),
    o.first_seen = earliest.date,
    o.start = earliest.start,
    o.last_seen = latest.date,
    o.end = latest.end,
    o.term = term
WITH o WHERE o.attestations = 0
DETACH DELETE o
