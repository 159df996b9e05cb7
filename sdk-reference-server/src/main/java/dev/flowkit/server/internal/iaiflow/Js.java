package dev.flowkit.server.internal.iaiflow;

import dev.flowkit.server.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JavaScript the reference server runs for IAI Flow's {@code js_transform} nodes and edge
 * conditions: a documented, safe subset, interpreted here (Java 17 has no JavaScript engine).
 * Code outside the subset is refused with a {@link JsError} that names the construct; it is never
 * guessed at.
 *
 * <p>The subset: literals (numbers, strings, template literals, {@code true false null
 * undefined}), object and array literals, property access ({@code a.b}, {@code a[b]},
 * {@code a?.b}), the operators {@code + - * / % ! === !== == != < <= > >= && || ?? ?:} and
 * {@code typeof}, arrow functions and {@code function} expressions, and in function bodies
 * {@code const}/{@code let}/{@code var} declarations, {@code if}/{@code else}, {@code return} and
 * {@code throw} (of {@code new Error(message)} or any value). Methods: strings' {@code length
 * toUpperCase toLowerCase trim includes startsWith endsWith indexOf slice split replace}, arrays'
 * {@code length includes indexOf join slice concat map filter find some every}, numbers'
 * {@code toFixed}; globals {@code JSON.stringify JSON.parse Math.round/floor/ceil/abs/min/max
 * String Number Boolean Object.keys Object.values Array.isArray}. No loops, assignment, classes,
 * {@code this}, regular expressions or I/O; every evaluation is bounded in steps, depth and size.
 */
public final class Js {
  /** Code the subset cannot run, or an error while running it (a JavaScript TypeError, say). */
  public static final class JsError extends RuntimeException {
    JsError(String message) {
      super(message);
    }
  }

  /** A {@code throw} of the code itself: its message is the thrown error's. */
  public static final class Thrown extends RuntimeException {
    Thrown(String message) {
      super(message);
    }
  }

  /** JavaScript's {@code undefined}. */
  static final Object UNDEFINED = new Object() {
    @Override public String toString() {
      return "undefined";
    }
  };

  private static final int MAX_STEPS = 1_000_000;
  private static final int MAX_DEPTH = 64;
  private static final int MAX_STRING = 1 << 20;

  private Js() {}

  // ======================================================================= entry points

  /**
   * Runs a {@code js_transform}'s {@code fn}: a function ({@code (input, ctx) => …},
   * {@code function (input, ctx) { … }}) called with {@code args}, or a function body (statements
   * ending in {@code return}) that sees {@code input} and {@code ctx}. Returns a JSON value.
   *
   * @throws JsError for code outside the subset or a runtime error
   * @throws Thrown when the code throws
   */
  public static @Nullable Object runFunction(String code, Object input, Object ctx) {
    Parser p = new Parser(code);
    Interp in = new Interp();
    Scope globals = new Scope(null);
    Object result;
    int save = p.pos;
    Object fn = null;
    try {
      Expr e = p.expression();
      if (p.atEnd() || (p.peekPunct(";") && p.skipSemis())) {
        fn = in.eval(e, globals);
      }
    } catch (JsError notAFunction) {
      fn = null;
    }
    if (fn instanceof Fn) {
      result = in.call((Fn) fn, java.util.Arrays.asList(input, ctx));
    } else {
      p.pos = save;
      List<Stmt> body = p.statements();
      Scope scope = new Scope(globals);
      scope.declare("input", input);
      scope.declare("ctx", ctx);
      if (ctx instanceof Map) scope.declare("nodes", ((Map<?, ?>) ctx).get("nodes"));
      Object r = in.block(body, scope);
      result = r instanceof Return ? ((Return) r).value : UNDEFINED;
    }
    return toJson(result);
  }

  /** Evaluates one expression (an edge's condition) with {@code names} in scope; JavaScript truth. */
  public static boolean test(String expression, Map<String, Object> names) {
    Parser p = new Parser(expression);
    Expr e = p.expression();
    p.skipSemis();
    if (!p.atEnd()) throw p.error("an edge condition is one expression");
    Scope scope = new Scope(null);
    for (Map.Entry<String, Object> n : names.entrySet()) scope.declare(n.getKey(), n.getValue());
    return truthy(new Interp().eval(e, scope));
  }

  /** A value as JSON: {@code undefined} object members dropped, whole numbers as {@code Long}. */
  @SuppressWarnings("unchecked")
  static @Nullable Object toJson(@Nullable Object v) {
    if (v == null || v == UNDEFINED) return null;
    if (v instanceof Double) {
      double d = (Double) v;
      if (Double.isNaN(d) || Double.isInfinite(d)) return null;
      if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) return (long) d;
      return d;
    }
    if (v instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
        if (e.getValue() != UNDEFINED && !(e.getValue() instanceof Fn)) out.put(e.getKey(), toJson(e.getValue()));
      }
      return out;
    }
    if (v instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<Object>) v) out.add(o instanceof Fn ? null : toJson(o));
      return out;
    }
    if (v instanceof Fn || v instanceof Host) return null;
    return v;
  }

  static boolean truthy(@Nullable Object v) {
    if (v == null || v == UNDEFINED) return false;
    if (v instanceof Boolean) return (Boolean) v;
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      return d != 0 && !Double.isNaN(d);
    }
    if (v instanceof String) return !((String) v).isEmpty();
    return true;
  }

  // ======================================================================= tokens

  private enum Kind { NUM, STR, TEMPLATE, IDENT, PUNCT, EOF }

  private record Token(Kind kind, String text, @Nullable Object value, int pos) {}

  private static final String[] PUNCTS = {"===", "!==", "...", "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.",
      "++", "--", "+=", "-=", "*=", "/=", "+", "-", "*", "/", "%", "<", ">", "!", "?", ":", ".", ",", "(", ")",
      "[", "]", "{", "}", ";", "="};

  private static List<Token> tokenize(String src) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = src.length();
    while (true) {
      while (i < n) {
        char c = src.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (src.startsWith("//", i)) {
          while (i < n && src.charAt(i) != '\n') i++;
        } else if (src.startsWith("/*", i)) {
          int end = src.indexOf("*/", i + 2);
          if (end < 0) throw new JsError("an unclosed /* comment at " + i);
          i = end + 2;
        } else {
          break;
        }
      }
      if (i >= n) {
        out.add(new Token(Kind.EOF, "end of code", null, i));
        return out;
      }
      char c = src.charAt(i);
      int start = i;
      if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1)))) {
        while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '.'
            || ((src.charAt(i) == '+' || src.charAt(i) == '-') && (src.charAt(i - 1) == 'e' || src.charAt(i - 1) == 'E')))) {
          i++;
        }
        String text = src.substring(start, i);
        try {
          double d = text.startsWith("0x") || text.startsWith("0X") ? Long.parseLong(text.substring(2), 16)
              : Double.parseDouble(text);
          out.add(new Token(Kind.NUM, text, d, start));
        } catch (NumberFormatException e) {
          throw new JsError("the number " + text + " at " + start + " is not in the subset");
        }
      } else if (c == '"' || c == '\'') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (true) {
          if (i >= n || src.charAt(i) == '\n') throw new JsError("an unclosed string at " + start);
          char d = src.charAt(i++);
          if (d == c) break;
          if (d == '\\') {
            if (i >= n) throw new JsError("an unclosed string at " + start);
            i = escape(src, i, sb);
          } else {
            sb.append(d);
          }
        }
        out.add(new Token(Kind.STR, src.substring(start, i), sb.toString(), start));
      } else if (c == '`') {
        List<Object> parts = new ArrayList<>(); // String chunks and String expression sources, alternating
        StringBuilder sb = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) throw new JsError("an unclosed template literal at " + start);
          char d = src.charAt(i++);
          if (d == '`') break;
          if (d == '\\') {
            if (i >= n) throw new JsError("an unclosed template literal at " + start);
            i = escape(src, i, sb);
          } else if (d == '$' && i < n && src.charAt(i) == '{') {
            parts.add(sb.toString());
            sb.setLength(0);
            int depth = 1;
            int exprStart = ++i;
            while (i < n && depth > 0) {
              char e = src.charAt(i);
              if (e == '{') depth++;
              if (e == '}') depth--;
              if (e == '"' || e == '\'' || e == '`') i = skipQuoted(src, i);
              else i++;
            }
            if (depth > 0) throw new JsError("an unclosed ${ in the template literal at " + start);
            parts.add(new StringBuilder(src.substring(exprStart, i - 1)));
          } else {
            sb.append(d);
          }
        }
        parts.add(sb.toString());
        out.add(new Token(Kind.TEMPLATE, src.substring(start, i), parts, start));
      } else if (Character.isJavaIdentifierStart(c)) {
        while (i < n && Character.isJavaIdentifierPart(src.charAt(i))) i++;
        out.add(new Token(Kind.IDENT, src.substring(start, i), null, start));
      } else {
        String punct = null;
        for (String p : PUNCTS) {
          if (src.startsWith(p, i)) {
            punct = p;
            break;
          }
        }
        if ("?.".equals(punct) && i + 2 < n && Character.isDigit(src.charAt(i + 2))) punct = "?";
        if (punct == null) throw new JsError("the character '" + c + "' at " + i + " is not in the subset");
        i += punct.length();
        out.add(new Token(Kind.PUNCT, punct, null, start));
      }
    }
  }

  private static int skipQuoted(String src, int i) {
    char q = src.charAt(i++);
    while (i < src.length() && src.charAt(i) != q) i += src.charAt(i) == '\\' ? 2 : 1;
    return i + 1;
  }

  private static int escape(String src, int i, StringBuilder sb) {
    char e = src.charAt(i++);
    switch (e) {
      case 'n': sb.append('\n'); break;
      case 't': sb.append('\t'); break;
      case 'r': sb.append('\r'); break;
      case 'b': sb.append('\b'); break;
      case 'f': sb.append('\f'); break;
      case 'v': sb.append('\u000B'); break;
      case '0': sb.append('\0'); break;
      case 'u':
        if (i + 4 > src.length()) throw new JsError("a short \\u escape at " + i);
        sb.append((char) Integer.parseInt(src.substring(i, i + 4), 16));
        i += 4;
        break;
      default: sb.append(e);
    }
    return i;
  }

  // ======================================================================= syntax tree

  private interface Expr {}

  private record Lit(@Nullable Object value) implements Expr {}

  private record Ident(String name, int pos) implements Expr {}

  private record Member(Expr object, Expr property, boolean optional) implements Expr {}

  private record CallE(Expr callee, List<Expr> args, boolean optional, int pos) implements Expr {}

  private record Unary(String op, Expr operand) implements Expr {}

  private record Binary(String op, Expr left, Expr right) implements Expr {}

  private record Cond(Expr test, Expr then, Expr otherwise) implements Expr {}

  private record ObjLit(List<String> keys, List<Expr> values) implements Expr {}

  private record ArrLit(List<Expr> items) implements Expr {}

  private record Tmpl(List<String> chunks, List<Expr> exprs) implements Expr {}

  private record FnLit(List<String> params, @Nullable Expr expr, @Nullable List<Stmt> body) implements Expr {}

  private record NewError(@Nullable Expr message) implements Expr {}

  private interface Stmt {}

  private record Decl(String name, @Nullable Expr init) implements Stmt {}

  private record Ret(@Nullable Expr value) implements Stmt {}

  private record ThrowS(Expr value) implements Stmt {}

  private record IfS(Expr test, Stmt then, @Nullable Stmt otherwise) implements Stmt {}

  private record BlockS(List<Stmt> body) implements Stmt {}

  private record ExprS(Expr expr) implements Stmt {}

  // ======================================================================= parser

  private static final java.util.Set<String> UNSUPPORTED = java.util.Set.of("for", "while", "do", "switch", "class",
      "this", "async", "await", "yield", "try", "catch", "finally", "import", "export", "delete", "in",
      "instanceof", "void", "with", "debugger", "super", "eval", "Function", "require", "process", "globalThis");

  private static final class Parser {
    final List<Token> tokens;
    int pos;

    Parser(String src) {
      this.tokens = tokenize(src);
    }

    Token peek() {
      return tokens.get(pos);
    }

    Token peek(int ahead) {
      return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    boolean atEnd() {
      return peek().kind == Kind.EOF;
    }

    boolean peekPunct(String p) {
      return peek().kind == Kind.PUNCT && peek().text.equals(p);
    }

    boolean peekIdent(String name) {
      return peek().kind == Kind.IDENT && peek().text.equals(name);
    }

    boolean eat(String p) {
      if (peekPunct(p)) {
        pos++;
        return true;
      }
      return false;
    }

    boolean skipSemis() {
      while (eat(";")) {
        // skip
      }
      return atEnd();
    }

    void expect(String p) {
      if (!eat(p)) throw error("expected '" + p + "'");
    }

    JsError error(String what) {
      Token t = peek();
      if (t.kind == Kind.IDENT && UNSUPPORTED.contains(t.text)) {
        return new JsError("'" + t.text + "' (at " + t.pos + ") is not in the JavaScript subset the reference server runs");
      }
      if (t.kind == Kind.PUNCT && java.util.Set.of("=", "++", "--", "+=", "-=", "*=", "/=", "...").contains(t.text)) {
        return new JsError("'" + t.text + "' (at " + t.pos + ") is not in the JavaScript subset the reference server runs:"
            + " it has no assignment or spread");
      }
      return new JsError(what + " but found " + (t.kind == Kind.EOF ? "the end of the code" : "'" + t.text + "'")
          + " at " + t.pos);
    }

    List<Stmt> statements() {
      List<Stmt> out = new ArrayList<>();
      while (!atEnd()) out.add(statement());
      return out;
    }

    Stmt statement() {
      if (eat(";")) return new BlockS(List.of());
      if (eat("{")) {
        List<Stmt> body = new ArrayList<>();
        while (!eat("}")) {
          if (atEnd()) throw error("expected '}'");
          body.add(statement());
        }
        return new BlockS(body);
      }
      if (peekIdent("const") || peekIdent("let") || peekIdent("var")) {
        pos++;
        if (peek().kind != Kind.IDENT) throw error("expected a name");
        String name = tokens.get(pos++).text;
        Expr init = eat("=") ? expression() : null;
        if (peekPunct(",")) throw error("declare one name per statement");
        eat(";");
        return new Decl(name, init);
      }
      if (peekIdent("return")) {
        pos++;
        Expr value = peekPunct(";") || peekPunct("}") || atEnd() ? null : expression();
        eat(";");
        return new Ret(value);
      }
      if (peekIdent("throw")) {
        pos++;
        Expr value = expression();
        eat(";");
        return new ThrowS(value);
      }
      if (peekIdent("if")) {
        pos++;
        expect("(");
        Expr test = expression();
        expect(")");
        Stmt then = statement();
        Stmt otherwise = null;
        if (peekIdent("else")) {
          pos++;
          otherwise = statement();
        }
        return new IfS(test, then, otherwise);
      }
      if (peek().kind == Kind.IDENT && UNSUPPORTED.contains(peek().text)) throw error("a statement");
      Expr e = expression();
      if (!eat(";") && !peekPunct("}") && !atEnd()) throw error("expected ';'");
      return new ExprS(e);
    }

    Expr expression() {
      Expr test = binary(0);
      if (peekPunct("=") || peekPunct("+=") || peekPunct("-=") || peekPunct("++")) throw error("an expression");
      if (eat("?")) {
        Expr then = expression();
        expect(":");
        Expr otherwise = expression();
        return new Cond(test, then, otherwise);
      }
      return test;
    }

    private static final String[][] LEVELS = {
      {"??"}, {"||"}, {"&&"}, {"===", "!==", "==", "!="}, {"<", "<=", ">", ">="}, {"+", "-"}, {"*", "/", "%"},
    };

    Expr binary(int level) {
      if (level == LEVELS.length) return unary();
      Expr left = binary(level + 1);
      while (true) {
        String op = null;
        for (String candidate : LEVELS[level]) {
          if (peekPunct(candidate)) op = candidate;
        }
        if (op == null) return left;
        pos++;
        left = new Binary(op, left, binary(level + 1));
      }
    }

    Expr unary() {
      if (peekPunct("!") || peekPunct("-") || peekPunct("+")) {
        String op = tokens.get(pos++).text;
        return new Unary(op, unary());
      }
      if (peekIdent("typeof")) {
        pos++;
        return new Unary("typeof", unary());
      }
      return postfix(primary());
    }

    Expr postfix(Expr e) {
      while (true) {
        if (eat(".")) {
          if (peek().kind != Kind.IDENT) throw error("expected a property name");
          e = new Member(e, new Lit(tokens.get(pos++).text), false);
        } else if (eat("?.")) {
          if (eat("(")) {
            e = new CallE(e, args(), true, peek().pos);
          } else if (eat("[")) {
            Expr prop = expression();
            expect("]");
            e = new Member(e, prop, true);
          } else {
            if (peek().kind != Kind.IDENT) throw error("expected a property name");
            e = new Member(e, new Lit(tokens.get(pos++).text), true);
          }
        } else if (eat("[")) {
          Expr prop = expression();
          expect("]");
          e = new Member(e, prop, false);
        } else if (peekPunct("(")) {
          int at = peek().pos;
          pos++;
          e = new CallE(e, args(), false, at);
        } else {
          return e;
        }
      }
    }

    List<Expr> args() {
      List<Expr> out = new ArrayList<>();
      while (!eat(")")) {
        out.add(expression());
        if (!peekPunct(")")) expect(",");
      }
      return out;
    }

    Expr primary() {
      Token t = peek();
      switch (t.kind) {
        case NUM:
        case STR:
          pos++;
          return new Lit(t.value);
        case TEMPLATE: {
          pos++;
          List<String> chunks = new ArrayList<>();
          List<Expr> exprs = new ArrayList<>();
          for (Object part : (List<?>) t.value) {
            if (part instanceof String) {
              chunks.add((String) part);
            } else {
              Parser inner = new Parser(part.toString());
              exprs.add(inner.expression());
              if (!inner.atEnd()) throw inner.error("expected '}' of ${");
            }
          }
          return new Tmpl(chunks, exprs);
        }
        case IDENT: {
          if (arrowAhead()) return arrow();
          pos++;
          switch (t.text) {
            case "true": return new Lit(true);
            case "false": return new Lit(false);
            case "null": return new Lit(null);
            case "undefined": return new Lit(UNDEFINED);
            case "function": return function();
            case "new": {
              if (!peekIdent("Error") && !peekIdent("TypeError") && !peekIdent("RangeError")) {
                throw new JsError("'new' (at " + t.pos + ") is in the subset only as new Error(message)");
              }
              pos++;
              expect("(");
              List<Expr> a = args();
              return new NewError(a.isEmpty() ? null : a.get(0));
            }
            default:
              if (UNSUPPORTED.contains(t.text) || t.text.equals("const") || t.text.equals("let")) {
                pos--;
                throw error("an expression");
              }
              return new Ident(t.text, t.pos);
          }
        }
        case PUNCT:
          if (t.text.equals("(")) {
            if (arrowAhead()) return arrow();
            pos++;
            Expr e = expression();
            expect(")");
            return e;
          }
          if (t.text.equals("[")) {
            pos++;
            List<Expr> items = new ArrayList<>();
            while (!eat("]")) {
              items.add(expression());
              if (!peekPunct("]")) expect(",");
            }
            return new ArrLit(items);
          }
          if (t.text.equals("{")) {
            pos++;
            List<String> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            while (!eat("}")) {
              Token k = peek();
              String key;
              if (k.kind == Kind.IDENT || k.kind == Kind.STR) {
                key = k.kind == Kind.STR ? (String) k.value : k.text;
              } else if (k.kind == Kind.NUM) {
                key = numberToString((Double) k.value);
              } else {
                throw error("expected a property name");
              }
              pos++;
              keys.add(key);
              if (eat(":")) {
                values.add(expression());
              } else if (k.kind == Kind.IDENT) {
                values.add(new Ident(key, k.pos));
              } else {
                throw error("expected ':'");
              }
              if (!peekPunct("}")) expect(",");
            }
            return new ObjLit(keys, values);
          }
          throw error("expected an expression");
        default:
          throw error("expected an expression");
      }
    }

    /** Whether an arrow function starts here: {@code x =>} or {@code (a, b) =>}. */
    boolean arrowAhead() {
      if (peek().kind == Kind.IDENT) return peek(1).kind == Kind.PUNCT && peek(1).text.equals("=>");
      if (!peekPunct("(")) return false;
      int i = pos + 1;
      while (i < tokens.size()) {
        Token t = tokens.get(i);
        if (t.kind == Kind.PUNCT && t.text.equals(")")) {
          Token next = tokens.get(Math.min(i + 1, tokens.size() - 1));
          return next.kind == Kind.PUNCT && next.text.equals("=>");
        }
        if (t.kind != Kind.IDENT && !(t.kind == Kind.PUNCT && t.text.equals(","))) return false;
        i++;
      }
      return false;
    }

    Expr arrow() {
      List<String> params = new ArrayList<>();
      if (peek().kind == Kind.IDENT) {
        params.add(tokens.get(pos++).text);
      } else {
        expect("(");
        while (!eat(")")) {
          params.add(tokens.get(pos++).text);
          if (!peekPunct(")")) expect(",");
        }
      }
      expect("=>");
      if (peekPunct("{")) return new FnLit(params, null, block());
      return new FnLit(params, expression(), null);
    }

    Expr function() {
      if (peek().kind == Kind.IDENT) pos++; // a function's own name is not bound
      expect("(");
      List<String> params = new ArrayList<>();
      while (!eat(")")) {
        if (peek().kind != Kind.IDENT) throw error("expected a parameter name");
        params.add(tokens.get(pos++).text);
        if (!peekPunct(")")) expect(",");
      }
      return new FnLit(params, null, block());
    }

    List<Stmt> block() {
      expect("{");
      List<Stmt> body = new ArrayList<>();
      while (!eat("}")) {
        if (atEnd()) throw error("expected '}'");
        body.add(statement());
      }
      return body;
    }
  }

  // ======================================================================= interpreter

  private static final class Scope {
    final @Nullable Scope parent;
    final Map<String, Object> names = new LinkedHashMap<>();

    Scope(@Nullable Scope parent) {
      this.parent = parent;
    }

    void declare(String name, @Nullable Object value) {
      names.put(name, value == null ? NULL : value);
    }

    Object lookup(String name, int pos) {
      for (Scope s = this; s != null; s = s.parent) {
        if (s.names.containsKey(name)) {
          Object v = s.names.get(name);
          return v == NULL ? null : v;
        }
      }
      switch (name) {
        case "JSON": case "Math": case "Object": case "Array": case "String": case "Number": case "Boolean":
          return new Host(name);
        default:
          throw new JsError("ReferenceError: " + name + " is not defined (at " + pos + ")");
      }
    }
  }

  /** A stored null (a map cannot tell an absent name from a null value otherwise). */
  private static final Object NULL = new Object();

  private record Fn(List<String> params, @Nullable Expr expr, @Nullable List<Stmt> body, Scope scope) {}

  private record Host(String name) {}

  private record Return(@Nullable Object value) {}

  private static final class Interp {
    int steps;
    int depth;

    void tick() {
      if (++steps > MAX_STEPS) throw new JsError("the code took more than " + MAX_STEPS + " steps");
    }

    @Nullable Object block(List<Stmt> body, Scope scope) {
      for (Stmt s : body) {
        Object r = exec(s, scope);
        if (r instanceof Return) return r;
      }
      return null;
    }

    @Nullable Object exec(Stmt s, Scope scope) {
      tick();
      if (s instanceof Decl) {
        Decl d = (Decl) s;
        scope.declare(d.name(), d.init() == null ? UNDEFINED : eval(d.init(), scope));
        return null;
      }
      if (s instanceof Ret) {
        Ret r = (Ret) s;
        return new Return(r.value() == null ? UNDEFINED : eval(r.value(), scope));
      }
      if (s instanceof ThrowS) {
        ThrowS t = (ThrowS) s;
        Object v = eval(t.value(), scope);
        if (v instanceof Map && ((Map<?, ?>) v).get("__error") != null) throw new Thrown(String.valueOf(((Map<?, ?>) v).get("message")));
        throw new Thrown(toText(v));
      }
      if (s instanceof IfS) {
        IfS i = (IfS) s;
        if (truthy(eval(i.test(), scope))) return exec(i.then(), new Scope(scope));
        return i.otherwise() == null ? null : exec(i.otherwise(), new Scope(scope));
      }
      if (s instanceof BlockS) {
        BlockS b = (BlockS) s;
        return block(b.body(), new Scope(scope));
      }
      eval(((ExprS) s).expr(), scope);
      return null;
    }

    Object call(Fn fn, List<Object> args) {
      if (++depth > MAX_DEPTH) throw new JsError("RangeError: calls nested more than " + MAX_DEPTH + " deep");
      try {
        Scope scope = new Scope(fn.scope());
        for (int i = 0; i < fn.params().size(); i++) scope.declare(fn.params().get(i), i < args.size() ? args.get(i) : UNDEFINED);
        if (fn.expr() != null) return eval(fn.expr(), scope);
        Object r = block(fn.body(), scope);
        return r instanceof Return ? ((Return) r).value : UNDEFINED;
      } finally {
        depth--;
      }
    }

    @SuppressWarnings("unchecked")
    Object eval(Expr e, Scope scope) {
      tick();
      if (e instanceof Lit) {
        Lit l = (Lit) e;
        return l.value();
      }
      if (e instanceof Ident) {
        Ident i = (Ident) e;
        return scope.lookup(i.name(), i.pos());
      }
      if (e instanceof Member) {
        Member m = (Member) e;
        Object target = eval(m.object(), scope);
        if (m.optional() && (target == null || target == UNDEFINED)) return UNDEFINED;
        return property(target, eval(m.property(), scope));
      }
      if (e instanceof CallE) {
        CallE c = (CallE) e;
        return callExpr(c, scope);
      }
      if (e instanceof Unary) {
        Unary u = (Unary) e;
        if (u.op().equals("typeof")) {
          Object v;
          try {
            v = eval(u.operand(), scope);
          } catch (JsError undefinedName) {
            if (!(u.operand() instanceof Ident)) throw undefinedName;
            return "undefined";
          }
          return typeOf(v);
        }
        Object v = eval(u.operand(), scope);
        switch (u.op()) {
          case "!": return !truthy(v);
          case "-": return -toNumber(v);
          default: return toNumber(v);
        }
      }
      if (e instanceof Binary) {
        Binary b = (Binary) e;
        return binary(b, scope);
      }
      if (e instanceof Cond) {
        Cond c = (Cond) e;
        return truthy(eval(c.test(), scope)) ? eval(c.then(), scope) : eval(c.otherwise(), scope);
      }
      if (e instanceof ObjLit) {
        ObjLit o = (ObjLit) e;
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < o.keys().size(); i++) out.put(o.keys().get(i), eval(o.values().get(i), scope));
        return out;
      }
      if (e instanceof ArrLit) {
        ArrLit a = (ArrLit) e;
        List<Object> out = new ArrayList<>();
        for (Expr item : a.items()) out.add(eval(item, scope));
        return out;
      }
      if (e instanceof Tmpl) {
        Tmpl t = (Tmpl) e;
        StringBuilder sb = new StringBuilder(t.chunks().get(0));
        for (int i = 0; i < t.exprs().size(); i++) {
          sb.append(toText(eval(t.exprs().get(i), scope))).append(t.chunks().get(i + 1));
          checkLength(sb.length());
        }
        return sb.toString();
      }
      if (e instanceof FnLit) {
        FnLit f = (FnLit) e;
        return new Fn(f.params(), f.expr(), f.body(), scope);
      }
      NewError n = (NewError) e;
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("message", n.message() == null ? "" : toText(eval(n.message(), scope)));
      error.put("__error", true);
      return error;
    }

    Object binary(Binary b, Scope scope) {
      String op = b.op();
      Object l = eval(b.left(), scope);
      switch (op) {
        case "&&": return truthy(l) ? eval(b.right(), scope) : l;
        case "||": return truthy(l) ? l : eval(b.right(), scope);
        case "??": return l == null || l == UNDEFINED ? eval(b.right(), scope) : l;
        default: break;
      }
      Object r = eval(b.right(), scope);
      switch (op) {
        case "===": return strictEquals(l, r);
        case "!==": return !strictEquals(l, r);
        case "==": return looseEquals(l, r);
        case "!=": return !looseEquals(l, r);
        case "+":
          if (l instanceof String || r instanceof String || l instanceof Map || l instanceof List
              || r instanceof Map || r instanceof List) {
            String s = toText(l) + toText(r);
            checkLength(s.length());
            return s;
          }
          return toNumber(l) + toNumber(r);
        case "-": return toNumber(l) - toNumber(r);
        case "*": return toNumber(l) * toNumber(r);
        case "/": return toNumber(l) / toNumber(r);
        case "%": return toNumber(l) % toNumber(r);
        default:
          if (l instanceof String && r instanceof String) {
            int c = ((String) l).compareTo((String) r);
            return op.equals("<") ? c < 0 : op.equals("<=") ? c <= 0 : op.equals(">") ? c > 0 : c >= 0;
          }
          double x = toNumber(l);
          double y = toNumber(r);
          return op.equals("<") ? x < y : op.equals("<=") ? x <= y : op.equals(">") ? x > y : x >= y;
      }
    }

    @SuppressWarnings("unchecked")
    Object callExpr(CallE c, Scope scope) {
      Object receiver = null;
      String method = null;
      Object callee;
      if (c.callee() instanceof Member) {
        Member m = (Member) c.callee();
        receiver = eval(m.object(), scope);
        if (m.optional() && (receiver == null || receiver == UNDEFINED)) return UNDEFINED;
        Object key = eval(m.property(), scope);
        method = key instanceof String ? (String) key : toText(key);
        callee = receiver instanceof Map && ((Map<String, Object>) receiver).get(method) instanceof Fn
            ? ((Map<String, Object>) receiver).get(method) : null;
      } else {
        callee = eval(c.callee(), scope);
      }
      if (c.optional() && (callee == null || callee == UNDEFINED) && method == null) return UNDEFINED;
      List<Object> args = new ArrayList<>();
      for (Expr a : c.args()) args.add(eval(a, scope));
      if (callee instanceof Fn) {
        Fn fn = (Fn) callee;
        return call(fn, args);
      }
      if (callee instanceof Host) {
        Host h = (Host) callee;
        return host(h.name(), null, args);
      }
      if (method != null && receiver instanceof Host) return host(((Host) receiver).name(), method, args);
      if (method != null) return method(receiver, method, args, c.pos());
      throw new JsError("TypeError: " + typeOf(callee) + " is not a function (at " + c.pos() + ")");
    }

    @SuppressWarnings("unchecked")
    Object method(Object receiver, String name, List<Object> args, int pos) {
      Object a0 = args.isEmpty() ? UNDEFINED : args.get(0);
      if (receiver instanceof String) {
        String s = (String) receiver;
        switch (name) {
          case "toUpperCase": return s.toUpperCase(Locale.ROOT);
          case "toLowerCase": return s.toLowerCase(Locale.ROOT);
          case "trim": return s.trim();
          case "includes": return s.contains(toText(a0));
          case "startsWith": return s.startsWith(toText(a0));
          case "endsWith": return s.endsWith(toText(a0));
          case "indexOf": return (double) s.indexOf(toText(a0));
          case "slice": {
            int[] r = range(s.length(), args);
            return s.substring(r[0], Math.max(r[0], r[1]));
          }
          case "split": {
            List<Object> out = new ArrayList<>();
            String sep = toText(a0);
            if (a0 == UNDEFINED) {
              out.add(s);
            } else if (sep.isEmpty()) {
              for (char ch : s.toCharArray()) out.add(String.valueOf(ch));
            } else {
              int from = 0;
              for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, from)) {
                out.add(s.substring(from, i));
                from = i + sep.length();
              }
              out.add(s.substring(from));
            }
            return out;
          }
          case "replace": return s.replaceFirst(java.util.regex.Pattern.quote(toText(a0)),
              java.util.regex.Matcher.quoteReplacement(toText(args.size() > 1 ? args.get(1) : UNDEFINED)));
          default: break;
        }
      } else if (receiver instanceof List) {
        List<Object> list = (List<Object>) receiver;
        switch (name) {
          case "includes": {
            for (Object o : list) {
              if (strictEquals(o, a0)) return true;
            }
            return false;
          }
          case "indexOf": {
            for (int i = 0; i < list.size(); i++) {
              if (strictEquals(list.get(i), a0)) return (double) i;
            }
            return -1.0;
          }
          case "join": {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
              if (i > 0) sb.append(a0 == UNDEFINED ? "," : toText(a0));
              Object o = list.get(i);
              if (o != null && o != UNDEFINED) sb.append(toText(o));
              checkLength(sb.length());
            }
            return sb.toString();
          }
          case "slice": {
            int[] r = range(list.size(), args);
            return new ArrayList<>(list.subList(r[0], Math.max(r[0], r[1])));
          }
          case "concat": {
            List<Object> out = new ArrayList<>(list);
            for (Object a : args) {
              if (a instanceof List) out.addAll((List<Object>) a);
              else out.add(a);
            }
            return out;
          }
          case "map": case "filter": case "find": case "some": case "every": {
            if (!(a0 instanceof Fn)) throw new JsError("TypeError: " + name + " needs a function (at " + pos + ")");
            Fn fn = (Fn) a0;
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
              Object item = list.get(i);
              Object r = call(fn, java.util.Arrays.asList(item, (double) i));
              if (name.equals("map")) out.add(r);
              else if (name.equals("filter") && truthy(r)) out.add(item);
              else if (name.equals("find") && truthy(r)) return item;
              else if (name.equals("some") && truthy(r)) return true;
              else if (name.equals("every") && !truthy(r)) return false;
            }
            switch (name) {
              case "find": return UNDEFINED;
              case "some": return false;
              case "every": return true;
              default: return out;
            }
          }
          default: break;
        }
      } else if (receiver instanceof Number && name.equals("toFixed")) {
        Number n = (Number) receiver;
        int digits = a0 == UNDEFINED ? 0 : (int) toNumber(a0);
        return new java.math.BigDecimal(n.doubleValue()).setScale(Math.max(0, Math.min(20, digits)),
            java.math.RoundingMode.HALF_UP).toPlainString();
      }
      if (receiver == null || receiver == UNDEFINED) {
        throw new JsError("TypeError: Cannot read properties of " + receiver + " (reading '" + name + "') (at " + pos + ")");
      }
      throw new JsError("TypeError: " + typeOf(receiver) + "." + name + " is not a function in the subset (at " + pos + ")");
    }

    @SuppressWarnings("unchecked")
    Object host(String object, @Nullable String name, List<Object> args) {
      Object a0 = args.isEmpty() ? UNDEFINED : args.get(0);
      String fn = name == null ? object : object + "." + name;
      switch (fn) {
        case "String": return toText(a0);
        case "Number": return toNumber(a0);
        case "Boolean": return truthy(a0);
        case "JSON.stringify": {
          if (a0 == UNDEFINED || a0 instanceof Fn) return UNDEFINED;
          String s = Json.write(toJson(a0));
          checkLength(s.length());
          return s;
        }
        case "JSON.parse":
          try {
            return Json.parse(toText(a0));
          } catch (RuntimeException e) {
            throw new Thrown("SyntaxError: JSON.parse: " + e.getMessage());
          }
        case "Math.round": return (double) Math.round(toNumber(a0));
        case "Math.floor": return Math.floor(toNumber(a0));
        case "Math.ceil": return Math.ceil(toNumber(a0));
        case "Math.abs": return Math.abs(toNumber(a0));
        case "Math.min": case "Math.max": {
          double acc = fn.equals("Math.min") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
          for (Object a : args) acc = fn.equals("Math.min") ? Math.min(acc, toNumber(a)) : Math.max(acc, toNumber(a));
          return acc;
        }
        case "Object.keys": case "Object.values": {
          if (!(a0 instanceof Map)) throw new JsError("TypeError: " + fn + " takes an object");
          return new ArrayList<Object>(fn.equals("Object.keys") ? ((Map<String, Object>) a0).keySet()
              : ((Map<String, Object>) a0).values());
        }
        case "Array.isArray": return a0 instanceof List;
        default: throw new JsError("TypeError: " + fn + " is not a function in the subset");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object property(@Nullable Object target, @Nullable Object key) {
    String name = key instanceof String ? (String) key : toText(key);
    if (target == null || target == UNDEFINED) {
      throw new JsError("TypeError: Cannot read properties of " + target + " (reading '" + name + "')");
    }
    if (target instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) target;
      return map.containsKey(name) ? map.get(name) : UNDEFINED;
    }
    if (target instanceof List) {
      List<Object> list = (List<Object>) target;
      if (name.equals("length")) return (double) list.size();
      int i = index(name);
      return i >= 0 && i < list.size() ? list.get(i) : UNDEFINED;
    }
    if (target instanceof String) {
      String s = (String) target;
      if (name.equals("length")) return (double) s.length();
      int i = index(name);
      return i >= 0 && i < s.length() ? String.valueOf(s.charAt(i)) : UNDEFINED;
    }
    return UNDEFINED;
  }

  private static int index(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static int[] range(int length, List<Object> args) {
    int start = args.isEmpty() || args.get(0) == UNDEFINED ? 0 : (int) toNumber(args.get(0));
    int end = args.size() < 2 || args.get(1) == UNDEFINED ? length : (int) toNumber(args.get(1));
    if (start < 0) start = Math.max(0, length + start);
    if (end < 0) end = Math.max(0, length + end);
    return new int[] {Math.min(start, length), Math.min(end, length)};
  }

  private static void checkLength(int length) {
    if (length > MAX_STRING) throw new JsError("RangeError: a string longer than " + MAX_STRING + " characters");
  }

  private static String typeOf(@Nullable Object v) {
    if (v == UNDEFINED) return "undefined";
    if (v == null || v instanceof Map || v instanceof List) return "object";
    if (v instanceof Boolean) return "boolean";
    if (v instanceof Number) return "number";
    if (v instanceof String) return "string";
    return v instanceof Fn || v instanceof Host ? "function" : "object";
  }

  private static boolean strictEquals(@Nullable Object a, @Nullable Object b) {
    if (a instanceof Number && b instanceof Number) return ((Number) a).doubleValue() == ((Number) b).doubleValue();
    if (a == null || b == null || a == UNDEFINED || b == UNDEFINED) return a == b;
    if (a instanceof String || a instanceof Boolean) return a.equals(b);
    return a == b;
  }

  private static boolean looseEquals(@Nullable Object a, @Nullable Object b) {
    boolean an = a == null || a == UNDEFINED;
    boolean bn = b == null || b == UNDEFINED;
    if (an || bn) return an && bn;
    if ((a instanceof Number || a instanceof Boolean || a instanceof String)
        && (b instanceof Number || b instanceof Boolean || b instanceof String) && a.getClass() != b.getClass()) {
      return toNumber(a) == toNumber(b);
    }
    return strictEquals(a, b);
  }

  static double toNumber(@Nullable Object v) {
    if (v == null) return 0;
    if (v == UNDEFINED) return Double.NaN;
    if (v instanceof Number) return ((Number) v).doubleValue();
    if (v instanceof Boolean) return (Boolean) v ? 1 : 0;
    if (v instanceof String) {
      String s = ((String) v).trim();
      if (s.isEmpty()) return 0;
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  @SuppressWarnings("unchecked")
  static String toText(@Nullable Object v) {
    if (v == null) return "null";
    if (v == UNDEFINED) return "undefined";
    if (v instanceof String) return (String) v;
    if (v instanceof Double || v instanceof Float) return numberToString(((Number) v).doubleValue());
    if (v instanceof Number || v instanceof Boolean) return v.toString();
    if (v instanceof List) {
      StringBuilder sb = new StringBuilder();
      List<Object> list = (List<Object>) v;
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) sb.append(',');
        if (list.get(i) != null && list.get(i) != UNDEFINED) sb.append(toText(list.get(i)));
      }
      return sb.toString();
    }
    if (v instanceof Map && ((Map<?, ?>) v).get("__error") != null) return "Error: " + ((Map<?, ?>) v).get("message");
    if (v instanceof Map) return "[object Object]";
    return v instanceof Fn ? "function" : String.valueOf(v);
  }

  private static String numberToString(double d) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
    if (d == Math.rint(d) && Math.abs(d) < 1e21) return Long.toString((long) d);
    return Double.toString(d);
  }
}
