// name: health
// description: The Neo4j server's version and edition, and how many nodes the graph holds.
// params: {}
CALL dbms.components() YIELD versions, edition
WITH versions[0] AS version, edition
CALL {
  MATCH (n) RETURN count(n) AS nodes
}
RETURN version, edition, nodes
