package dev.flowkit.server.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections have TCP_NODELAY: MockWebServer flushes headers and
 * body separately, and Nagle plus delayed ACKs would otherwise add ~40 ms to every response.
 */
public final class NoDelayServerSocketFactory extends ServerSocketFactory {
  @Override public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket();
  }

  @Override public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket s = new NoDelayServerSocket();
    s.bind(new java.net.InetSocketAddress(port));
    return s;
  }

  @Override public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket s = new NoDelayServerSocket();
    s.bind(new java.net.InetSocketAddress(port), backlog);
    return s;
  }

  @Override public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    ServerSocket s = new NoDelayServerSocket();
    s.bind(new java.net.InetSocketAddress(address, port), backlog);
    return s;
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override public Socket accept() throws IOException {
      Socket s = new Socket();
      implAccept(s);
      s.setTcpNoDelay(true);
      return s;
    }
  }
}
