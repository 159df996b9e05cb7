package dev.flowkit.workflows;

import dev.flowkit.core.Page;
import dev.flowkit.workflows.models.CreateFolderParams;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.UpdateFolderParams;

/** Folders that organise flows. */
public interface FolderService {
  /** One page of folders. */
  Page<Folder> listFolders(ListParams params);

  /** The first page of folders. */
  default Page<Folder> listFolders() {
    return listFolders(ListParams.none());
  }

  /** The folder with this id. */
  Folder getFolder(String folderId);

  /** Creates a folder. */
  Folder createFolder(CreateFolderParams params);

  /** Renames or reorders a folder. */
  Folder updateFolder(String folderId, UpdateFolderParams params);

  /** Deletes a folder; its flows stay, no longer filed. */
  void deleteFolder(String folderId);
}
