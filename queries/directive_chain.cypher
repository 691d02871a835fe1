// name: directive_chain
// description: >
//   The shortest chain linking two directives, at most 6 steps, as a list of nodes and links: through
//   the congresses that cite them (CITES), the articles that name them together (MENTIONS), and the
//   documents the texts say replace, amend or implement one another (REFERS_TO, walked either way, so
//   "Kế hoạch 12 implements Chỉ thị 45, which replaces Chỉ thị 35" links 12 to 35).
// params:
//   from: {type: directive, description: "the first directive (code or code|year)", example: "35-CT/TW"}
//   to: {type: directive, description: "the second directive (code or code|year)", example: "1422-KH/ĐUB"}
MATCH (a:Directive) WHERE a.key = $from.key OR ($from.key IS NULL AND a.key STARTS WITH $from.prefix)
MATCH (b:Directive) WHERE b.key = $to.key OR ($to.key IS NULL AND b.key STARTS WITH $to.prefix)
MATCH path = SHORTEST 1 (a)(()-[:CITES|MENTIONS|REFERS_TO]-(:Congress|Article|Directive)){1,6}(b)
WHERE a <> b
RETURN [n IN nodes(path) | {
          kind: CASE WHEN n:Directive THEN 'directive' WHEN n:Congress THEN 'congress' ELSE 'article' END,
          key: coalesce(n.key, n.id),
          name: coalesce(n.name, n.code, n.title)}] AS nodes,
       [r IN relationships(path) | {type: type(r), relation: r.relation, evidence: r.evidence}] AS links,
       length(path) AS steps
ORDER BY steps
LIMIT 1
