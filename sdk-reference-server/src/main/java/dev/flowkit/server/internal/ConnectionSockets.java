package dev.flowkit.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * The server socket MockWebServer listens on. Each accepted connection has TCP_NODELAY (MockWebServer
 * flushes headers and body separately; Nagle plus delayed ACKs would add ~40 ms to each answer),
 * is TLS-terminated here when the server runs on TLS, and has its requests framed by a
 * {@link RequestFramer} before MockWebServer reads them, so that every request gets an answer.
 */
public final class ConnectionSockets extends ServerSocketFactory {
  private final long maxBodyBytes;
  private final @Nullable SSLSocketFactory tls;

  public ConnectionSockets(long maxBodyBytes, @Nullable SSLSocketFactory tls) {
    this.maxBodyBytes = maxBodyBytes;
    this.tls = tls;
  }

  @Override public ServerSocket createServerSocket() throws IOException {
    return new Listener();
  }

  @Override public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket s = new Listener();
    s.bind(new InetSocketAddress(port));
    return s;
  }

  @Override public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket s = new Listener();
    s.bind(new InetSocketAddress(port), backlog);
    return s;
  }

  @Override public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
    ServerSocket s = new Listener();
    s.bind(new InetSocketAddress(address, port), backlog);
    return s;
  }

  private final class Listener extends ServerSocket {
    Listener() throws IOException {
      super();
    }

    @Override public Socket accept() throws IOException {
      Socket raw = new Socket();
      implAccept(raw);
      raw.setTcpNoDelay(true);
      Socket carrier = raw;
      if (tls != null) {
        // The handshake runs on the first read, on the connection's own thread.
        SSLSocket ssl = (SSLSocket) tls.createSocket(raw, raw.getInetAddress().getHostAddress(), raw.getPort(), true);
        ssl.setUseClientMode(false);
        carrier = ssl;
      }
      return new FramedSocket(raw, carrier);
    }
  }

  /** A connection whose input is framed; everything else is the carrier's (the TLS socket's on TLS). */
  private final class FramedSocket extends Socket {
    private final Socket raw;
    private final Socket carrier;
    private @Nullable InputStream input;

    FramedSocket(Socket raw, Socket carrier) {
      this.raw = raw;
      this.carrier = carrier;
    }

    @Override public synchronized InputStream getInputStream() throws IOException {
      if (input == null) input = new RequestFramer(carrier.getInputStream(), carrier.getOutputStream(), maxBodyBytes);
      return input;
    }

    @Override public OutputStream getOutputStream() throws IOException {
      return carrier.getOutputStream();
    }

    @Override public void close() throws IOException {
      try {
        carrier.close();
      } finally {
        raw.close();
      }
    }

    @Override public boolean isClosed() {
      return carrier.isClosed() || raw.isClosed();
    }

    @Override public boolean isConnected() {
      return raw.isConnected();
    }

    @Override public boolean isBound() {
      return raw.isBound();
    }

    @Override public boolean isInputShutdown() {
      return carrier.isInputShutdown();
    }

    @Override public boolean isOutputShutdown() {
      return carrier.isOutputShutdown();
    }

    @Override public void shutdownInput() throws IOException {
      raw.shutdownInput();
    }

    @Override public void shutdownOutput() throws IOException {
      raw.shutdownOutput();
    }

    @Override public InetAddress getInetAddress() {
      return raw.getInetAddress();
    }

    @Override public int getPort() {
      return raw.getPort();
    }

    @Override public InetAddress getLocalAddress() {
      return raw.getLocalAddress();
    }

    @Override public int getLocalPort() {
      return raw.getLocalPort();
    }

    @Override public SocketAddress getRemoteSocketAddress() {
      return raw.getRemoteSocketAddress();
    }

    @Override public SocketAddress getLocalSocketAddress() {
      return raw.getLocalSocketAddress();
    }

    @Override public void setSoTimeout(int timeout) throws SocketException {
      carrier.setSoTimeout(timeout);
    }

    @Override public int getSoTimeout() throws SocketException {
      return carrier.getSoTimeout();
    }

    @Override public void setTcpNoDelay(boolean on) throws SocketException {
      raw.setTcpNoDelay(on);
    }

    @Override public boolean getTcpNoDelay() throws SocketException {
      return raw.getTcpNoDelay();
    }

    @Override public String toString() {
      return "FramedSocket[" + raw + "]";
    }
  }
}
