// robots.txt (RFC 9309): the group naming our product token, else the * group; the longest matching rule wins and
// Allow wins a tie; * matches any run of characters and a trailing $ anchors the end.
interface RobotsRule {
  allow: boolean;
  pattern: RegExp;
  length: number;
}

function ruleOf(allow: boolean, path: string): RobotsRule {
  const anchored = path.endsWith('$');
  const body = anchored ? path.slice(0, -1) : path;
  const source = body.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return { allow, pattern: new RegExp(`^${source}${anchored ? '$' : ''}`), length: path.length };
}

export type RobotsPolicy = (pathAndQuery: string) => boolean;

export const allowAll: RobotsPolicy = () => true;
export const disallowAll: RobotsPolicy = () => false;

export function parseRobots(text: string, productToken: string): RobotsPolicy {
  const groups: { agents: string[]; rules: RobotsRule[] }[] = [];
  let current: { agents: string[]; rules: RobotsRule[] } | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const field = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (field === 'user-agent') {
      if (!current || current.rules.length > 0) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
    } else if ((field === 'allow' || field === 'disallow') && current) {
      if (value) current.rules.push(ruleOf(field === 'allow', value));
    }
  }
  const token = productToken.toLowerCase();
  const ours = groups.filter((group) => group.agents.some((agent) => agent !== '*' && token.startsWith(agent)));
  const chosen = ours.length > 0 ? ours : groups.filter((group) => group.agents.includes('*'));
  const rules = chosen.flatMap((group) => group.rules);
  return (pathAndQuery) => {
    let best: RobotsRule | null = null;
    for (const rule of rules) {
      if (!rule.pattern.test(pathAndQuery)) continue;
      if (!best || rule.length > best.length || (rule.length === best.length && rule.allow)) best = rule;
    }
    return best?.allow ?? true;
  };
}
