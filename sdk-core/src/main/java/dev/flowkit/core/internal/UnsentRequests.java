package dev.flowkit.core.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Repeats at once a request that never reached the server because the server had closed the
 * pooled connection it went out on. A server may close an idle keep-alive connection at any time
 * (RFC 9112 §9.3.1), some right after each answer without saying so; OkHttp hands the pooled
 * connection out again, and the request goes into a closed socket ("unexpected end of stream").
 * Such a request is repeated without counting as one of {@link RetryInterceptor}'s retries and
 * without a backoff, and an event stream's resume does not count it as a reconnect. When it may
 * have reached the server, it is not treated as unsent:
 *
 * <ul>
 *   <li>POST, PATCH and any other method that is not idempotent (keyed or not): before the request
 *       is written on a reused HTTP/1 connection, the connection is checked for the server's close
 *       (a read that waits at most 1 ms: the check OkHttp itself makes on a connection idle for 10
 *       s). Closed (or holding bytes nobody asked for): the request was provably not sent, and goes
 *       out again on another connection. A failure after the request was written is passed on:
 *       the server may have run it.
 *   <li>GET, HEAD, PUT, DELETE, OPTIONS, TRACE (idempotent, RFC 9110 §9.2.2, so a repeat is
 *       harmless even when the server did get the first): no check before; a failure on a reused
 *       HTTP/1 connection before the head of an answer was read, other than a timeout, a cancel or
 *       a malformed answer, is taken as the server's close and repeated.
 * </ul>
 *
 * <p>Everything else is as with OkHttp's {@code retryOnConnectionFailure(false)}: a failure on a
 * new connection, a timeout (the server may be working on the request), a cancel, a request with a
 * one-shot body, HTTP/2 (OkHttp's own checks apply) is passed on untouched, and Flowkit's retry
 * rules decide. Each repeat takes another connection (OkHttp retires the closed one), so at most
 * {@link #MAX_REPEATS} are made: OkHttp's default pool keeps 5 idle connections, and all of them
 * may have gone stale together; after that the failure is passed on too.
 *
 * <p>Two interceptors: {@link #DETECT}, the last network interceptor, knows the connection and
 * marks such a request; {@link #REPEAT}, the last application interceptor (inside the retries and
 * the rate limit: the server never saw the attempt), repeats it.
 */
final class UnsentRequests {
  /** The most immediate repeats of one request. */
  static final int MAX_REPEATS = 8;

  /** Connections that carried an exchange: the next exchange on one is on a reused connection. */
  private static final Set<Connection> USED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private UnsentRequests() {}

  /** A request a closed pooled connection swallowed (see the class comment). */
  static final class UnsentException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsentException(IOException cause) {
      super("the pooled connection was closed before the request reached the server: " + cause, cause);
    }

    IOException original() {
      return (IOException) getCause();
    }
  }

  /** The last network interceptor: marks a request that a closed pooled connection swallowed. */
  static final Interceptor DETECT =
      chain -> {
        Request request = chain.request();
        Connection connection = chain.connection();
        boolean reused = connection != null && isHttp1(connection) && !USED.add(connection);
        boolean idempotent = isIdempotent(request.method());
        if (reused && !idempotent && closedByServer(connection.socket())) {
          throw new UnsentException(new IOException("the server had closed the pooled connection"));
        }
        try {
          return chain.proceed(request);
        } catch (IOException e) {
          // proceed() returns once the answer's head is read: a failure here means no answer.
          if (reused && idempotent && isDropBeforeAnswer(e) && !chain.call().isCanceled()) throw new UnsentException(e);
          throw e;
        }
      };

  /** The last application interceptor: repeats an unsent request at once, up to {@link #MAX_REPEATS} times. */
  static final Interceptor REPEAT =
      chain -> {
        Request request = chain.request();
        RequestBody body = request.body();
        boolean replayable = body == null || !(body.isOneShot() || body.isDuplex());
        for (int repeats = 0; ; repeats++) {
          try {
            return chain.proceed(request);
          } catch (UnsentException e) {
            if (!replayable || repeats >= MAX_REPEATS || chain.call().isCanceled()) throw e.original();
          }
        }
      };

  private static boolean isHttp1(Connection connection) {
    Protocol protocol = connection.protocol();
    return protocol == Protocol.HTTP_1_1 || protocol == Protocol.HTTP_1_0;
  }

  /** RFC 9110 §9.2.2: the methods whose repeat has the effect of one request. */
  static boolean isIdempotent(String method) {
    switch (method) {
      case "GET":
      case "HEAD":
      case "PUT":
      case "DELETE":
      case "OPTIONS":
      case "TRACE":
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether the server has closed this idle connection: its end (or bytes it sent unasked, which
   * leave the connection unusable) is waiting to be read. A connection found closed is closed here
   * too. Waits at most 1 ms, and only on a connection that is open.
   */
  static boolean closedByServer(Socket socket) {
    boolean closed;
    try {
      int timeout = socket.getSoTimeout();
      try {
        socket.setSoTimeout(1);
        socket.getInputStream().read(); // -1: closed; a byte: unasked, nothing can follow it
        closed = true;
      } catch (SocketTimeoutException open) {
        return false;
      } finally {
        socket.setSoTimeout(timeout);
      }
    } catch (IOException e) { // reset, or already closed
      closed = true;
    }
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a dead socket
    }
    return closed;
  }

  /**
   * The connection ended or was reset: not a timeout or cancel (the server may be working on the
   * request), not a malformed answer (something came), not a failure Flowkit carries through
   * OkHttp (a refused login).
   */
  private static boolean isDropBeforeAnswer(IOException e) {
    return !(e instanceof InterruptedIOException)
        && !(e instanceof ProtocolException)
        && !(e instanceof Transport.UnexpectedFailure)
        && !(e instanceof UnsentException);
  }
}
