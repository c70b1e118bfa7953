/**
 * Every query and mutation key of the portal, from one factory. Keys are hierarchical: whatever
 * belongs to one user sits below `['user', userId]` (the user ID always second), and what is the
 * same for everyone (the server version, languages, time zones) below `['system']`. A prefix names
 * everything below it, so an invalidation or a useIsMutating filter is written with the factory too,
 * never by hand.
 */
export const keys = {
  system: () => ['system'] as const,
  version: () => [...keys.system(), 'version'] as const,
  installedLocales: () => [...keys.system(), 'installedLocales'] as const,
  timeZones: () => [...keys.system(), 'timeZones'] as const,
  /** The `/options` lists (line preferences, DND options). */
  optionLists: () => [...keys.system(), 'optionLists'] as const,
  /** Each phone model's user guide (`/options/models`). */
  modelGuides: () => [...keys.system(), 'modelGuides'] as const,
  /** The phone services catalogue, and one service with its parameters. */
  phoneServices: () => [...keys.system(), 'phoneServices'] as const,
  phoneService: (id: string) => [...keys.phoneServices(), id] as const,
  /** Directory searches: the same for everyone who may search (one page of one query). */
  directory: () => [...keys.system(), 'directory'] as const,
  directorySearch: (query: string, page: number, pageSize: number) =>
    [...keys.directory(), query, page, pageSize] as const,

  /** Everything of one user. */
  user: (userId: string) => ['user', userId] as const,
  /** The UDS user resource (name, language, Do not disturb, the user-level forward). */
  userDetail: (userId: string) => [...keys.user(userId), 'detail'] as const,
  /** Which cluster is the user's home (public: read before and after sign-in). */
  homeCluster: (userId: string) => [...keys.user(userId), 'homeCluster'] as const,
  userPolicy: (userId: string) => [...keys.user(userId), 'userPolicy'] as const,
  devices: (userId: string) => [...keys.user(userId), 'devices'] as const,
  lines: (userId: string) => [...keys.user(userId), 'lines'] as const,
  /** The line writes (the list is `lines`). */
  line: (userId: string) => [...keys.user(userId), 'line'] as const,
  /** One phone in detail; its lines as they are on it sit below it. */
  device: (userId: string, deviceId: string) => [...keys.user(userId), 'device', deviceId] as const,
  deviceLines: (userId: string, deviceId: string) => [...keys.device(userId, deviceId), 'lines'] as const,
  /** The user's phone service subscriptions; each phone's own list sits below them. */
  services: (userId: string) => [...keys.user(userId), 'services'] as const,
  deviceServices: (userId: string, deviceId: string) =>
    [...keys.services(userId), 'device', deviceId] as const,
  /** Each line's busy and no-answer forwarding (one read per line, after the list). */
  lineRules: (userId: string) => [...keys.user(userId), 'lineRules'] as const,
  /** The lines on each phone, from each phone's own list (one read per phone, after the list). */
  linesByPhone: (userId: string) => [...keys.user(userId), 'linesByPhone'] as const,
  /** Each phone's do not disturb option (one read per phone, after the list). */
  deviceDnd: (userId: string) => [...keys.user(userId), 'deviceDnd'] as const,
  credentials: (userId: string) => [...keys.user(userId), 'credentials'] as const,
  /**
   * The user-level speed dials; each phone's own list sits below it, so one invalidation of this
   * prefix refreshes everything a speed-dial write can change (user-level writes act on every
   * phone; phone-level writes change whether the lists are unified).
   */
  speedDials: (userId: string) => [...keys.user(userId), 'speedDials'] as const,
  deviceSpeedDials: (userId: string, deviceId: string) =>
    [...keys.speedDials(userId), 'device', deviceId] as const,
  /** Speed-dial writes are keyed below the list too: `speedDials(userId)` matches both. */
  saveSpeedDials: (userId: string) => [...keys.speedDials(userId), 'save'] as const,
  makeSpeedDialsSame: (userId: string) => [...keys.speedDials(userId), 'makeSame'] as const,
  remoteDestinations: (userId: string) => [...keys.user(userId), 'remoteDestinations'] as const,
  /** One remote destination (kept apart from the list, so invalidating the list leaves it alone). */
  remoteDestination: (userId: string, id: string) => [...keys.user(userId), 'remoteDestination', id] as const,
  /** Conference Now: whether the user has it, and the attendee access code. */
  conferencing: (userId: string) => [...keys.user(userId), 'conferencing'] as const,
  /** Unity Connection (CUPI): who voicemail thinks the user is, and the voicemail PIN. */
  voicemail: (userId: string) => [...keys.user(userId), 'voicemail'] as const,
  /** The helpdesk summary's facts, gathered from the queries above (a snapshot, never kept). */
  helpdeskSummary: (userId: string) => [...keys.user(userId), 'helpdeskSummary'] as const,
}
