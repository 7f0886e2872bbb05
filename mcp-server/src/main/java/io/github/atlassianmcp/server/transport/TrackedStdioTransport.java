package io.github.atlassianmcp.server.transport;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The SDK's stdio transport, watched: which answers it queues (so that the end of input can wait for them) and when
 * its session closes. The SDK closes the session when its reader stops, for whatever reason; the server must then
 * end too rather than stay behind as a process nobody talks to.
 */
final class TrackedStdioTransport extends StdioServerTransportProvider {

  private final PendingAnswers pending;
  private final Runnable onClose;

  TrackedStdioTransport(McpJsonMapper mapper, InputStream in, OutputStream out, int maxLine, PendingAnswers pending,
      Runnable onClose) {
    super(mapper, in, out, maxLine);
    this.pending = pending;
    this.onClose = onClose;
  }

  @Override
  public void setSessionFactory(McpServerSession.Factory sessionFactory) {
    super.setSessionFactory(transport -> sessionFactory.create(new Tracked(transport)));
  }

  private final class Tracked implements McpServerTransport {

    private final McpServerTransport delegate;

    Tracked(McpServerTransport delegate) {
      this.delegate = delegate;
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
      Object answered = message instanceof McpSchema.JSONRPCResponse response ? response.id() : null;
      return delegate.sendMessage(message).doOnSuccess(queued -> pending.queued(answered));
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
      return delegate.unmarshalFrom(data, typeRef);
    }

    @Override
    public Mono<Void> closeGracefully() {
      return delegate.closeGracefully().doFinally(signal -> onClose.run());
    }

    @Override
    public void close() {
      delegate.close();
      onClose.run();
    }

    @Override
    public List<String> protocolVersions() {
      return delegate.protocolVersions();
    }
  }
}
