package dev.flowkit.server.internal.flow8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.ByteString;
import okio.Okio;
import okio.Socket;
import org.jspecify.annotations.Nullable;

/**
 * The server end of one WebSocket (RFC 6455) on an upgraded HTTP/1.1 connection: reads the
 * client's frames (which must be masked, 5.1), answers pings with pongs and a close with a close
 * (5.5.1), sends unmasked text, ping and close frames, and fails the connection with the right
 * status code on a protocol error (7.4.1). Writes are serialized; {@link #run} reads on the
 * calling thread until the connection ends.
 */
public final class ServerWebSocket {
  /** What the server does with the frames it reads. */
  public interface Listener {
    /** A complete text message from the client. */
    void onText(ServerWebSocket socket, String text);

    /** A pong frame (solicited or not, 5.5.3). */
    void onPong(ServerWebSocket socket);

    /** The connection ended, for whatever reason; called once. */
    void onClosed(ServerWebSocket socket, int code, String reason);
  }

  static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  static final int OP_CONTINUATION = 0x0;
  static final int OP_TEXT = 0x1;
  static final int OP_BINARY = 0x2;
  static final int OP_CLOSE = 0x8;
  static final int OP_PING = 0x9;
  static final int OP_PONG = 0xA;
  /** The largest message the server reads; a larger one closes with 1009. */
  static final long MAX_MESSAGE = 1 << 20;

  private final Socket socket;
  private final BufferedSource source;
  private final BufferedSink sink;
  private final Listener listener;
  private boolean closeSent; // guarded by sink
  private boolean ended; // guarded by this

  public ServerWebSocket(Socket socket, Listener listener) {
    this.socket = socket;
    this.source = Okio.buffer(socket.getSource());
    this.sink = Okio.buffer(socket.getSink());
    this.listener = listener;
  }

  /** {@code Sec-WebSocket-Accept} for a client's {@code Sec-WebSocket-Key} (4.2.2). */
  public static String accept(String key) {
    try {
      byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key.trim() + GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e); // every JVM has SHA-1
    }
  }

  /** Whether {@code key} is the base64 of 16 bytes, as 4.1 requires of a client's key. */
  public static boolean validKey(@Nullable String key) {
    if (key == null) return false;
    try {
      return Base64.getDecoder().decode(key.trim()).length == 16;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Reads frames until the connection ends. */
  public void run() {
    int code = 1006;
    String reason = "connection dropped";
    Buffer message = new Buffer();
    int messageOpcode = -1;
    try {
      while (true) {
        int b0 = source.readByte() & 0xff;
        int b1 = source.readByte() & 0xff;
        boolean fin = (b0 & 0x80) != 0;
        int opcode = b0 & 0x0f;
        if ((b0 & 0x70) != 0) throw new Protocol(1002, "reserved bits set without an extension");
        if ((b1 & 0x80) == 0) throw new Protocol(1002, "client frames must be masked");
        long length = b1 & 0x7f;
        if (length == 126) {
          length = source.readShort() & 0xffffL;
        } else if (length == 127) {
          length = source.readLong();
          if (length < 0) throw new Protocol(1002, "frame length out of range");
        }
        boolean control = (opcode & 0x08) != 0;
        if (control && (!fin || length > 125)) {
          throw new Protocol(1002, "control frames must be final and at most 125 bytes");
        }
        if (length > MAX_MESSAGE || message.size() + length > MAX_MESSAGE) {
          throw new Protocol(1009, "message larger than " + MAX_MESSAGE + " bytes");
        }
        byte[] mask = source.readByteArray(4);
        byte[] payload = source.readByteArray(length);
        for (int i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];

        switch (opcode) {
          case OP_PING:
            send(OP_PONG, ByteString.of(payload));
            break;
          case OP_PONG:
            listener.onPong(this);
            break;
          case OP_CLOSE: {
            int received = 1005;
            String why = "";
            if (payload.length == 1) throw new Protocol(1002, "a close payload has a 2-byte code");
            if (payload.length >= 2) {
              received = ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
              why = utf8(ByteString.of(payload, 2, payload.length - 2));
              if (!validCloseCode(received)) throw new Protocol(1002, "invalid close code " + received);
            }
            close(received == 1005 ? 1000 : received, "");
            code = received;
            reason = why;
            return;
          }
          case OP_TEXT:
          case OP_BINARY:
            if (messageOpcode != -1) throw new Protocol(1002, "a new message began inside a fragmented one");
            messageOpcode = opcode;
            message.write(payload);
            break;
          case OP_CONTINUATION:
            if (messageOpcode == -1) throw new Protocol(1002, "continuation without a message");
            message.write(payload);
            break;
          default:
            throw new Protocol(1002, "unknown opcode " + opcode);
        }
        if (fin && !control && messageOpcode != -1) {
          ByteString whole = message.readByteString();
          if (messageOpcode == OP_TEXT) listener.onText(this, utf8(whole));
          messageOpcode = -1;
        }
      }
    } catch (Protocol e) {
      code = e.code;
      reason = e.getMessage();
      close(e.code, e.getMessage());
    } catch (IOException e) {
      // the peer went away, or the server cancelled the socket
    } finally {
      socket.cancel();
      end(code, reason);
    }
  }

  /** Sends a text frame; false when the connection is closing or gone. */
  public boolean sendText(String text) {
    return send(OP_TEXT, ByteString.encodeUtf8(text));
  }

  /** Sends a ping frame with {@code payload} (at most 125 bytes). */
  public boolean ping(ByteString payload) {
    return send(OP_PING, payload);
  }

  /**
   * Sends a close frame (once) and stops writing; the reader ends when the client answers or
   * the connection drops. A code the reader saw from the client is answered as it came.
   */
  public void close(int code, String reason) {
    synchronized (sink) {
      if (closeSent) return;
      Buffer payload = new Buffer().writeShort(code);
      ByteString why = ByteString.encodeUtf8(reason);
      payload.write(why.size() > 123 ? why.substring(0, 123) : why);
      writeFrame(OP_CLOSE, payload.readByteString());
      closeSent = true;
    }
  }

  /** Closes with {@code code} and drops the connection without waiting for the client. */
  public void abort(int code, String reason) {
    close(code, reason);
    socket.cancel();
  }

  /** Drops the connection without a close frame, as a network failure would. */
  public void drop() {
    socket.cancel();
  }

  private boolean send(int opcode, ByteString payload) {
    synchronized (sink) {
      if (closeSent) return false;
      return writeFrame(opcode, payload);
    }
  }

  /** Writes one final, unmasked frame (a server never masks, 5.1). Caller holds the sink. */
  private boolean writeFrame(int opcode, ByteString payload) {
    try {
      sink.writeByte(0x80 | opcode);
      long n = payload.size();
      if (n <= 125) {
        sink.writeByte((int) n);
      } else if (n <= 0xffff) {
        sink.writeByte(126).writeShort((int) n);
      } else {
        sink.writeByte(127).writeLong(n);
      }
      sink.write(payload);
      sink.flush();
      return true;
    } catch (IOException e) {
      socket.cancel();
      return false;
    }
  }

  private void end(int code, String reason) {
    synchronized (this) {
      if (ended) return;
      ended = true;
    }
    listener.onClosed(this, code, reason);
  }

  private static String utf8(ByteString bytes) throws Protocol {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Protocol(1007, "text is not valid UTF-8");
    }
  }

  /** Codes a peer may send in a close frame (7.4.1, 7.4.2). */
  static boolean validCloseCode(int code) {
    if (code >= 3000 && code <= 4999) return true;
    return code >= 1000 && code <= 1014 && code != 1004 && code != 1005 && code != 1006;
  }

  /** A protocol error: the connection is failed with {@link #code}. */
  private static final class Protocol extends IOException {
    final int code;

    Protocol(int code, String message) {
      super(message);
      this.code = code;
    }
  }
}
