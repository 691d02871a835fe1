// name: directive_chain
// description: >
//   The shortest chain linking two directives through the congresses that cite them and the
//   articles that name them together, at most 6 steps, as a list of nodes and links.
// params:
//   from: {type: directive, description: "the first directive (code or code|year)", example: "35-CT/TW"}
//   to: {type: directive, description: "the second directive (code or code|year)", example: "1422-KH/ĐUB"}
MATCH (a:Directive) WHERE a.key = $from.key OR ($from.key IS NULL AND a.key STARTS WITH $from.prefix)
MATCH (b:Directive) WHERE b.key = $to.key OR ($to.key IS NULL AND b.key STARTS WITH $to.prefix)
MATCH path = SHORTEST 1 (a)(()-[:CITES|MENTIONS]-(:Congress|Article|Directive)){1,6}(b)
WHERE a <> b
RETURN [n IN nodes(path) | {
          kind: CASE WHEN n:Directive THEN 'directive' WHEN n:Congress THEN 'congress' ELSE 'article' END,
          key: coalesce(n.key, n.id),
          name: coalesce(n.name, n.code, n.title)}] AS nodes,
       [r IN relationships(path) | {type: type(r), relation: r.relation, evidence: r.evidence}] AS links,
       length(path) AS steps
ORDER BY steps
LIMIT 1
