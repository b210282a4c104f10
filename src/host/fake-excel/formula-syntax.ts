/**
 * A small syntax check of formulas, enough for the fake host to refuse what Excel refuses: an
 * entry that turns into a formula (`=…`, or text starting with `+`, `-` or `@`) but does not
 * parse, such as `=7月:` or `=+1 件`, fails the sync with InvalidArgument instead of being stored.
 * It knows operands (numbers, strings, errors, names and references, function calls, arrays),
 * unary and binary operators, `%`, and the space as intersection operator between references.
 * It does not know which functions exist.
 */

type TokenType = 'num' | 'str' | 'err' | 'name' | 'op' | 'open' | 'close' | 'sep' | 'ws' | 'arrayOpen' | 'arrayClose';

interface Token {
  type: TokenType;
  text: string;
}

const ERROR_LITERAL = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/i;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[\p{L}_\\$][\p{L}\p{N}_.\\$!:]*/u;
const QUOTED_SHEET = /^'(?:[^']|'')+'![\p{L}\p{N}_$:.]+/u;
const OPERATORS = ['<=', '>=', '<>', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%', '@', '#'];

class SyntaxProblem extends Error {}

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const rest = body.slice(i);
    const ch = body[i];
    let m: RegExpExecArray | null;
    if ((m = /^[ \t\r\n]+/.exec(rest))) tokens.push({ type: 'ws', text: m[0] });
    else if (ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= body.length) throw new SyntaxProblem('unterminated string');
        if (body[j] === '"') {
          if (body[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      tokens.push({ type: 'str', text: body.slice(i, j + 1) });
    } else if ((m = ERROR_LITERAL.exec(rest))) tokens.push({ type: 'err', text: m[0] });
    else if ((m = NUMBER.exec(rest))) tokens.push({ type: 'num', text: m[0] });
    else if ((m = QUOTED_SHEET.exec(rest))) tokens.push({ type: 'name', text: m[0] });
    else if ((m = NAME.exec(rest))) {
      let text = m[0];
      // Structured references: Table1[Column], Table1[[#This Row],[A]].
      if (body[i + text.length] === '[') {
        let depth = 0;
        let j = i + text.length;
        for (; j < body.length; j++) {
          if (body[j] === '[') depth++;
          else if (body[j] === ']' && --depth === 0) break;
        }
        if (depth !== 0) throw new SyntaxProblem('unbalanced brackets');
        text = body.slice(i, j + 1);
      }
      tokens.push({ type: 'name', text });
    } else if (ch === '(') tokens.push({ type: 'open', text: ch });
    else if (ch === ')') tokens.push({ type: 'close', text: ch });
    else if (ch === '{') tokens.push({ type: 'arrayOpen', text: ch });
    else if (ch === '}') tokens.push({ type: 'arrayClose', text: ch });
    else if (ch === ',' || ch === ';') tokens.push({ type: 'sep', text: ch });
    else {
      const op = OPERATORS.find((o) => rest.startsWith(o));
      if (!op) throw new SyntaxProblem(`unexpected '${ch}'`);
      tokens.push({ type: 'op', text: op });
    }
    i += tokens[tokens.length - 1].text.length;
  }
  return tokens;
}

const BINARY = new Set(['+', '-', '*', '/', '^', '&', '=', '<', '>', '<=', '>=', '<>']);

class Parser {
  private i = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private skipWs(): boolean {
    let skipped = false;
    while (this.peek()?.type === 'ws') {
      this.i++;
      skipped = true;
    }
    return skipped;
  }

  /** Parses the whole formula body. */
  formula(): void {
    this.skipWs();
    this.expression();
    this.skipWs();
    const left = this.peek();
    if (left) throw new SyntaxProblem(`unexpected '${left.text}'`);
  }

  /** An expression; returns whether it is a reference (for the intersection operator). */
  private expression(): boolean {
    let isRef = this.unary();
    for (;;) {
      const spaced = this.skipWs();
      const t = this.peek();
      if (t?.type === 'op' && BINARY.has(t.text)) {
        this.i++;
        this.skipWs();
        this.unary();
        isRef = false;
        continue;
      }
      if (spaced && t && (t.type === 'name' || t.type === 'open' || t.type === 'num' || t.type === 'str' || t.type === 'err')) {
        // A space between two operands intersects two references; anything else is an error.
        const right = this.unary();
        if (!isRef || !right) throw new SyntaxProblem('space between operands that are not references');
        continue;
      }
      return isRef;
    }
  }

  private unary(): boolean {
    this.skipWs();
    let t = this.peek();
    while (t?.type === 'op' && (t.text === '+' || t.text === '-' || t.text === '@')) {
      this.i++;
      this.skipWs();
      t = this.peek();
    }
    const isRef = this.primary();
    while (this.peek()?.type === 'op' && (this.peek()!.text === '%' || this.peek()!.text === '#')) this.i++;
    return isRef;
  }

  private primary(): boolean {
    const t = this.peek();
    if (!t) throw new SyntaxProblem('missing operand');
    this.i++;
    switch (t.type) {
      case 'num':
      case 'str':
      case 'err':
        return false;
      case 'name':
        if (this.peek()?.type === 'open') {
          this.i++;
          this.arguments();
          return false;
        }
        return true;
      case 'open': {
        this.skipWs();
        const isRef = this.expression();
        this.skipWs();
        if (this.peek()?.type !== 'close') throw new SyntaxProblem('missing )');
        this.i++;
        return isRef;
      }
      case 'arrayOpen':
        this.array();
        return false;
      default:
        throw new SyntaxProblem(`unexpected '${t.text}'`);
    }
  }

  /** Arguments after `(`, up to and including `)`; empty arguments are allowed (`IF(A1,,1)`). */
  private arguments(): void {
    for (;;) {
      this.skipWs();
      const t = this.peek();
      if (!t) throw new SyntaxProblem('missing )');
      if (t.type === 'close') {
        this.i++;
        return;
      }
      if (t.type === 'sep') {
        this.i++;
        continue;
      }
      this.expression();
      this.skipWs();
      const next = this.peek();
      if (next?.type === 'sep') this.i++;
      else if (next?.type !== 'close') throw new SyntaxProblem('missing , or )');
    }
  }

  /** Array constant after `{`: constants separated by `,` and `;`, up to `}`. */
  private array(): void {
    for (;;) {
      this.skipWs();
      let t = this.peek();
      if (t?.type === 'op' && t.text === '-') {
        this.i++;
        t = this.peek();
      }
      if (!t || !(t.type === 'num' || t.type === 'str' || t.type === 'err' || (t.type === 'name' && /^(TRUE|FALSE)$/i.test(t.text)))) {
        throw new SyntaxProblem('bad array constant');
      }
      this.i++;
      this.skipWs();
      const next = this.peek();
      if (next?.type === 'arrayClose') {
        this.i++;
        return;
      }
      if (next?.type !== 'sep') throw new SyntaxProblem('bad array constant');
      this.i++;
    }
  }
}

/** Why `formula` (with its leading `=`) does not parse, or undefined when it does. */
export function formulaSyntaxError(formula: string): string | undefined {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  try {
    new Parser(tokenize(body)).formula();
    return undefined;
  } catch (e) {
    if (e instanceof SyntaxProblem) return e.message;
    throw e;
  }
}
