// A congress's term and name are what the articles that still mention it say, each picked in a fixed
// order (so the result does not depend on load order): the first term, the fullest name.
UNWIND $keys AS key
MATCH (c:Congress {key: key})
WITH c, head(COLLECT {
  MATCH (c)<-[m:MENTIONS]-(:Article) WHERE m.name IS NOT NULL
  RETURN m {.name, .name_ascii} ORDER BY size(m.name) DESC, m.name
}) AS named
SET c.term = head(COLLECT {
      MATCH (c)<-[m:MENTIONS]-(:Article) WHERE m.term IS NOT NULL
      RETURN m.term ORDER BY m.term
    }),
    c.name = coalesce(named.name, c.name),
    c.name_ascii = coalesce(named.name_ascii, c.name_ascii)
