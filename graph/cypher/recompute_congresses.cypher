// A congress's term is what the articles that still mention it say.
UNWIND $keys AS key
MATCH (c:Congress {key: key})
SET c.term = head(COLLECT {
  MATCH (c)<-[m:MENTIONS]-(:Article) WHERE m.term IS NOT NULL
  RETURN m.term ORDER BY m.term
})
