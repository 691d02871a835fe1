// Remove what these articles attest (citations, directive links, holdings, mentions); the nodes are re-checked later.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(:Congress)-[c:CITES]->(:Directive)
  WHERE c.article = a.id
  DELETE c
}
CALL (a) {
  // Every link the article states runs from a directive it mentions.
  MATCH (a)-[:MENTIONS]->(:Directive)-[l:REFERS_TO]->(:Directive)
  WHERE l.article = a.id
  DELETE l
}
CALL (a) {
  MATCH (a)<-[r:ATTESTED_IN]-(:Occupancy)
  DELETE r
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
