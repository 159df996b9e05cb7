package dev.flowkit.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Local {@link MockWebServer}s on 127.0.0.1 whose accepted sockets have TCP_NODELAY. */
public final class LocalServers {
  private LocalServers() {}

  /**
   * Starts a server answering through {@code dispatcher}. It forgets each request once answered:
   * MockWebServer otherwise queues every one for {@code takeRequest()}, and over millions of
   * calls that queue would be the only thing growing in a benchmark's heap.
   */
  public static MockWebServer start(Dispatcher dispatcher) throws IOException {
    MockWebServer server = new MockWebServer();
    // MockWebServer flushes headers and body apart; with Nagle and delayed ACKs each response
    // would wait ~40 ms for nothing.
    server.setServerSocketFactory(new NoDelay());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
              // dropped: nothing reads them
            }
            return dispatcher.dispatch(request);
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    return server;
  }

  private static final class NoDelay extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new NoDelaySocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      return bind(new NoDelaySocket(), new InetSocketAddress(port), 50);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      return bind(new NoDelaySocket(), new InetSocketAddress(port), backlog);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
      return bind(new NoDelaySocket(), new InetSocketAddress(address, port), backlog);
    }

    private static ServerSocket bind(ServerSocket socket, InetSocketAddress address, int backlog) throws IOException {
      socket.bind(address, backlog);
      return socket;
    }
  }

  private static final class NoDelaySocket extends ServerSocket {
    NoDelaySocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = new Socket();
      implAccept(socket);
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
