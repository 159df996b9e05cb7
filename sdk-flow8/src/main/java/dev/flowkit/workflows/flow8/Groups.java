package dev.flowkit.workflows.flow8;

import dev.flowkit.core.Page;

/** Groups of flows: {@code /api/groups}. Every call throws a {@link dev.flowkit.core.FlowException} subtype when it fails. */
public interface Groups {
  /** {@code GET /api/groups}. */
  Page<Group> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default Page<Group> list() {
    return list(Flow8Query.none());
  }

  /** {@code POST /api/groups {name, index}}. */
  Group create(GroupParams params);

  /** {@code PUT /api/groups/{id}}. */
  Group update(String groupId, GroupParams params);

  /** {@code DELETE /api/groups/{id}}. */
  void delete(String groupId);
}
