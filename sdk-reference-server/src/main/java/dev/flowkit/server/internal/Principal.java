package dev.flowkit.server.internal;

/** Who is calling: a user in a workspace, authenticated by a session or an API key. */
public final class Principal {
  public final String userId;
  public final String workspaceId;
  public final String projectId;
  /** Identifies the credential (session user or API key id); idempotency keys are scoped by it. */
  public final String credentialId;

  public Principal(String userId, String workspaceId, String projectId, String credentialId) {
    this.userId = userId;
    this.workspaceId = workspaceId;
    this.projectId = projectId;
    this.credentialId = credentialId;
  }
}
