package dev.flowkit.workflows;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.workflows.models.CreateFolderParams;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.UpdateFolderParams;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Folders that organise flows, asynchronously: the calls of {@link FolderService}, each returning
 * at once with a {@link CompletableFuture}. Part of {@link AsyncWorkflows}; threads and cancelling
 * as described there.
 */
public interface AsyncFolderService {
  /** As {@link FolderService#listFolders(ListParams)}. */
  CompletableFuture<AsyncPage<Folder>> listFolders(ListParams params);

  /** As {@link FolderService#listFolders()}. */
  default CompletableFuture<AsyncPage<Folder>> listFolders() {
    return listFolders(ListParams.none());
  }

  /** As {@link FolderService#getFolder(String)}. */
  CompletableFuture<Folder> getFolder(String folderId);

  /** As {@link FolderService#createFolder(CreateFolderParams)}. */
  CompletableFuture<Folder> createFolder(CreateFolderParams params);

  /** As {@link FolderService#updateFolder(String, UpdateFolderParams)}. */
  CompletableFuture<Folder> updateFolder(String folderId, UpdateFolderParams params);

  /** As {@link FolderService#deleteFolder(String)}. */
  CompletableFuture<@Nullable Void> deleteFolder(String folderId);
}
