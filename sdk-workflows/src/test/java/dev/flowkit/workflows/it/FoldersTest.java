package dev.flowkit.workflows.it;

import static dev.flowkit.workflows.it.Clients.assertApiError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.PermissionDeniedException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.CreateFolderParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.UpdateFolderParams;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Folders: create, get, list, update, delete. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class FoldersTest {
  @Test
  void folderCrudRoundTrip(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      Folder sales = w.createFolder(CreateFolderParams.builder().displayName("Sales").displayOrder(2).build());
      assertTrue(sales.id().startsWith("fld_"), sales.id());
      assertEquals("Sales", sales.displayName());
      assertEquals(2, sales.displayOrder());
      assertEquals(0, sales.numberOfFlows());
      Folder ops = w.createFolder(CreateFolderParams.of("Ops"));
      assertEquals(0, ops.displayOrder());

      assertEquals(sales, w.getFolder(sales.id()));
      assertEquals(List.of("Ops", "Sales"), names(w.listFolders().data()));
      assertEquals(List.of("Ops", "Sales"),
          names(w.listFolders(ListParams.builder().limit(1).build()).autoPager().stream().collect(Collectors.toList())));

      Folder renamed = w.updateFolder(sales.id(), UpdateFolderParams.builder().displayName("Revenue").build());
      assertEquals("Revenue", renamed.displayName());
      assertEquals(2, renamed.displayOrder(), "an update without displayOrder keeps it");
      Folder reordered = w.updateFolder(sales.id(),
          UpdateFolderParams.builder().displayName(renamed.displayName()).displayOrder(7).build());
      assertEquals("Revenue", reordered.displayName());
      assertEquals(7, reordered.displayOrder());

      w.deleteFolder(ops.id());
      assertApiError(assertThrows(NotFoundException.class, () -> w.getFolder(ops.id())), 404, "FOLDER_NOT_FOUND");
      assertApiError(assertThrows(NotFoundException.class, () -> w.deleteFolder(ops.id())), 404, "FOLDER_NOT_FOUND");
      assertApiError(assertThrows(NotFoundException.class,
          () -> w.updateFolder(ops.id(), UpdateFolderParams.builder().displayName("x").build())), 404, "FOLDER_NOT_FOUND");
      assertEquals(List.of("Revenue"), names(w.listFolders().data()));
    }
  }

  @Test
  void deletingAFolderUnfilesItsFlows(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      Folder folder = w.createFolder(CreateFolderParams.of("Temp"));
      Flow flow = w.createFlow(CreateFlowParams.builder().displayName("Filed").folderId(folder.id()).build());
      assertEquals(1, w.getFolder(folder.id()).numberOfFlows());

      w.deleteFolder(folder.id());

      assertNull(w.getFlow(flow.id()).folderId());
    }
  }

  @Test
  void folderBuildersRejectBadInputBeforeSending(ReferenceServer server) {
    assertEquals("displayName is required",
        assertThrows(IllegalStateException.class, () -> CreateFolderParams.builder().build()).getMessage());
    assertEquals("displayName is required", assertThrows(IllegalStateException.class,
        () -> UpdateFolderParams.builder().displayOrder(3).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> CreateFolderParams.builder().displayOrder(-1));
    assertTrue(server.exchanges().isEmpty());
  }

  @Test
  void anotherWorkspacesFolderIsForbidden(ReferenceServer server) {
    try (FlowClient demo = Clients.apiKey(server);
        FlowClient other = Clients.credentials(server, ReferenceServer.OTHER_EMAIL, ReferenceServer.OTHER_PASSWORD)) {
      Folder folder = demo.workflows().createFolder(CreateFolderParams.of("Private"));
      assertApiError(assertThrows(PermissionDeniedException.class, () -> other.workflows().getFolder(folder.id())),
          403, "FORBIDDEN");
      assertEquals(List.of(), other.workflows().listFolders().data());
    }
  }

  private static List<String> names(List<Folder> folders) {
    return folders.stream().map(Folder::displayName).collect(Collectors.toList());
  }
}
