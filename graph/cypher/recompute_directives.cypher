// A directive's properties come from what the articles that still mention it say (each picked in a fixed
// order, so the result does not depend on load order): the most precise date, the issuer; it is
// year_inferred when it has a year but none of them gives a date (no year: unresolved).
UNWIND $keys AS key
MATCH (d:Directive {key: key})
WITH d,
  COUNT { (d)<-[m:MENTIONS]-(:Article) WHERE m.date IS NOT NULL } AS dated_mentions,
  head(COLLECT {
    MATCH (d)<-[m:MENTIONS]-(:Article) WHERE m.date IS NOT NULL
    RETURN m {.date, .start, .end} ORDER BY size(m.date) DESC, m.date
  }) AS dated,
  head(COLLECT { MATCH (d)<-[m:MENTIONS]-(:Article) WHERE m.code IS NOT NULL RETURN m.code ORDER BY m.code })
    AS code,
  head(COLLECT { MATCH (d)<-[m:MENTIONS]-(:Article) WHERE m.type IS NOT NULL RETURN m.type ORDER BY m.type })
    AS type,
  head(COLLECT {
    MATCH (d)<-[m:MENTIONS]-(:Article) WHERE m.number IS NOT NULL RETURN m.number ORDER BY m.number
  }) AS number,
  head(COLLECT {
    MATCH (d)<-[m:MENTIONS]-(:Article) WHERE m.issuer_code IS NOT NULL
    RETURN m.issuer_code ORDER BY m.issuer_code
  }) AS issuer_code,
  head(COLLECT {
    MATCH (d)<-[m:MENTIONS]-(:Article) WHERE m.issuer IS NOT NULL RETURN m.issuer ORDER BY m.issuer
  }) AS issuer,
  COLLECT {
    MATCH (d)<-[m:MENTIONS]-(:Article) WHERE m.issuer_key IS NOT NULL RETURN DISTINCT m.issuer_key
  } AS issuers
SET d.code = coalesce(code, d.code),
    d.type = type,
    d.number = number,
    d.issuer_code = issuer_code,
    d.issuer = issuer,
    d.date = dated.date,
    d.start = dated.start,
    d.end = dated.end,
    d.year_inferred = d.year IS NOT NULL AND dated_mentions = 0
WITH d, issuers
CALL (d) {
  MATCH (d)-[old:ISSUED_BY]->()
  DELETE old
}
CALL (d, issuers) {
  UNWIND issuers AS issuer_key
  MATCH (o:Organization {key: issuer_key})
  MERGE (d)-[:ISSUED_BY]->(o)
}
