// A holding's time span and count come from the attestations that remain; one with none is removed.
UNWIND $keys AS key
MATCH (o:Occupancy {key: key})
WITH o,
  COUNT { (o)-[:ATTESTED_IN]->(:Article) } AS attestations,
  head(COLLECT {
    MATCH (o)-[r:ATTESTED_IN]->(:Article) WHERE r.start IS NOT NULL
    RETURN r {.date, .start} ORDER BY r.start, size(r.date) DESC, r.date
  }) AS earliest,
  head(COLLECT {
    MATCH (o)-[r:ATTESTED_IN]->(:Article) WHERE r.end IS NOT NULL
    RETURN r {.date, .end} ORDER BY r.end DESC, size(r.date) DESC, r.date
  }) AS latest,
  head(COLLECT {
    MATCH (o)-[r:ATTESTED_IN]->(:Article) WHERE r.term IS NOT NULL
    RETURN r.term ORDER BY r.term DESC
  }) AS term
SET o.attestations = attestations,
    o.first_seen = earliest.date,
    o.start = earliest.start,
    o.last_seen = latest.date,
    o.end = latest.end,
    o.term = term
WITH o WHERE o.attestations = 0
DETACH DELETE o
