/**
 * The interface's own words in English. Every other language fills the same
 * shape (messages/zh.ts), so a string added here is a type error there until
 * it is translated. Page content (articles, facts, notes) is not here: it
 * lives in content/.
 */
import { ENGLISH_STATE_WORDS } from '../../lib/url-state.ts';

/** A sentence with two links in it: text, link, text, link, text. */
type Lead = [(n: number) => string, string, string, string, string];

export const en = {
  /** What a page says of a bad query string: templates its script fills (src/lib/url-state.ts). */
  stateWords: ENGLISH_STATE_WORDS,
  site: {
    listSeparator: ', ',
    name: 'Container Atlas',
    skip: 'Skip to content',
    feedTitle: 'Container Atlas: what changed',
    hasMoved: (title: string) => `${title} has moved`,
  },
  nav: {
    label: 'Main',
    distros: 'OSes',
    concepts: 'Concepts',
    compare: 'Compare',
    stack: 'Stack',
    timeline: 'Timeline',
    glossary: 'Glossary',
  },
  language: {
    label: 'Language',
    /** The switcher's link text, in the target language: read by people who read that language. */
    switchTo: 'Read in English',
  },
  search: {
    label: 'Search Container Atlas',
    placeholder: 'Search ( / )',
    submit: 'Search',
  },
  theme: { label: 'Theme', system: 'System', light: 'Light', dark: 'Dark' },
  footer: {
    blurb:
      'Container Atlas: every fact is sourced and dated. Found an outdated one? The sources under each page say where to check.',
    choose: 'Choose an OS',
    compare: 'Compare',
    glossary: 'Glossary',
    data: 'Open data',
    changes: 'What changed',
    sitemap: 'Sitemap',
  },
  facts: {
    heading: 'Facts',
    lastVerified: (date: string) => ` Last verified ${date}.`,
    source: (n: number) => `Source ${n}`,
    checked: (date: string) => `checked ${date}`,
    stale: 'may be out of date',
    verified: (date: string) => ` (verified ${date})`,
  },
  article: {
    onThisPage: 'On this page',
    sources: 'Sources',
    linkToSection: (text: string) => `Link to section: ${text}`,
    misconception: 'Common misconception',
    oftenSaid: 'Often said:',
    but: 'But:',
    source: 'Source:',
  },
  distro: {
    breadcrumb: 'Container OSes',
    baseline: 'general-purpose baseline',
    homepage: 'Project homepage',
    aka: 'Also known as:',
    asideLabel: 'Facts and related pages',
    factsCaption: (name: string) => `Facts about ${name}, as of the dates each source was checked.`,
    conceptsUsed: 'Concepts it uses',
    compareWith: 'Compare with',
    recentChanges: 'Recent changes',
    allChanges: 'All changes',
  },
  concept: {
    breadcrumb: 'Concepts',
    aka: 'Also called',
    since: 'Since',
    status: 'Status',
    historical: 'Historical: no longer developed',
    asideLabel: 'Facts and contents',
    factsCaption: (name: string) => `How ${name} compares on the runtime matrix.`,
    usedBy: 'Which OSes use it',
    usedByNote: 'Derived from the facts on each OS page, so it changes when they do.',
    usedByKernel: (name: string) =>
      `Every Linux-based OS on this site relies on ${name}, since it is part of the kernel their container runtimes use; no OS fact singles it out, so no list is derived here.`,
    usedByNone: (name: string) => `No OS on this site lists ${name} among its facts.`,
    related: 'Related concepts',
  },
  home: {
    title: 'Container Atlas: container operating systems explained and compared',
    description:
      'A sourced reference for container-optimized operating systems (Flatcar, Fedora CoreOS, Bottlerocket, Talos and more) and the concepts under them: namespaces, cgroups, OCI, CRI, runtimes.',
    heading: 'Container operating systems, explained and compared',
    lead: 'A container-optimized OS is a Linux (or Windows) build whose only job is to run containers. It ships a small, mostly read-only system image instead of thousands of packages, replaces the whole image on update (and can boot the previous one if the new one fails), configures itself once from a file at first boot, and leaves applications to containers.',
    counts: (distros: number, active: number, concepts: number) =>
      `Container Atlas describes ${distros} of them — ${active} active, the rest discontinued or kept as a baseline — and the ${concepts} concepts they are built from. Every fact in a table links to the primary source it came from and the date it was checked.`,
    fits: 'Which one fits me?',
    fitsLead:
      'Start from a common need below, or answer seven short questions (where it runs, Kubernetes or not, shell access, SELinux or AppArmor, updates, support, maintenance) and see each verdict linked to the sourced fact behind it: ',
    fitsLink: 'which OS fits me?',
    needs: {
      image: 'I want whole-image updates with automatic rollback',
      awsArm: 'My nodes run on AWS and Arm64',
      selinux: 'I want SELinux enforcing and support I can buy',
      crio: 'I run OpenShift or want CRI-O',
      podman: 'I want Podman and systemd-managed containers',
      old: 'I follow an old CoreOS, Atomic or RancherOS guide',
    },
    start: 'Where to start',
    allDistros: 'All container OSes',
    allDistrosText: 'Cards with status, maintainer, update model and runtime; filter by what matters to you.',
    matrix: 'Comparison matrix',
    matrixText: 'Every OS against every attribute, each cell sourced; pick columns and link to the view.',
    concepts: 'Concepts',
    conceptsText: 'What a namespace, a cgroup, an OCI runtime or an A/B update actually is.',
    layers: 'The stack, layer by layer',
  },
  distros: {
    title: 'Container operating systems',
    description: (n: number) =>
      `All ${n} container-optimized operating systems on Container Atlas, current and discontinued, with status, maintainer, update model and runtime.`,
    lead: [
      (n: number) =>
        `${n} operating systems built to run containers, from active projects to discontinued ones you still meet in old guides, plus a general-purpose baseline for contrast. Filter them below, or see them all side by side in the `,
      'comparison matrix',
      ' and on the ',
      'timeline',
      '.',
    ] as Lead,
    baseline: 'General-purpose baseline',
    maintainer: 'Maintainer',
    updates: 'Updates',
    runtime: 'Runtime',
    filterLabel: 'Filter operating systems',
    facets: {
      status: 'Status',
      update: 'Update model',
      runtime: 'Default runtime',
      platform: 'Platform',
      cgroup: 'cgroup mode',
    },
    clear: 'Clear filters',
    /** For the script: `{shown}` and `{total}` are numbers. */
    showing: 'Showing {shown} of {total} operating systems.',
  },
  concepts: {
    title: 'Concepts',
    description: (n: number) =>
      `${n} concepts under every container OS, from kernel namespaces and cgroups to OCI, CRI, runtimes and update mechanisms, grouped by layer of the stack.`,
    lead: [
      (n: number) =>
        `${n} pieces of the container stack, grouped by layer from the orchestrator down to the kernel. The `,
      'stack diagram',
      ' shows how they connect; the ',
      'glossary',
      ' has every definition on one page.',
    ] as Lead,
    layers: 'Layers',
    historical: ' (historical)',
  },
  compare: {
    breadcrumb: 'Compare',
    title: 'Compare container operating systems',
    description: (rows: number) =>
      `Every container OS on this site against ${rows} attributes: updates, rollback, runtimes, security, platforms. Each cell sourced and dated.`,
    lead: (columns: number, rows: number, newest: string) =>
      `${columns} operating systems, ${rows} attributes. Every cell comes from the OS's own page and links to the sources it rests on${newest}. Each row has a link (#) you can paste.`,
    newest: (date: string) => `; the newest check was on ${date}`,
    pairHint: 'For two OSes side by side, open an OS page and follow "Compare with".',
    caption: 'Container operating systems compared',
    sources: 'Sources',
    sourcesNote:
      "Each cell's numbered sources link to the list on that OS's page, where the same numbers give each source's title, address and the date it was checked.",
    pairTitle: (a: string, b: string) => `${a} vs ${b}`,
    pairDescription: (a: string, b: string, rows: number) => `${a} and ${b} side by side: ${rows} sourced attributes.`,
    pairDiffer: (differ: number, rows: number) => `They differ on ${differ} of ${rows} attributes. `,
    pairOpenFull: 'Open this pair in the full matrix',
    pairCaption: (a: string, b: string) => `${a} and ${b} compared`,
    runtimesTitle: 'Compare container runtimes and engines',
    runtimesHeading: 'Container engines and runtimes',
    runtimesDescription: (n: number) =>
      `${n} container engines and OCI runtimes compared: daemon or not, rootless, CRI, isolation model, OCI conformance, language, governance and which OSes ship them.`,
    runtimesLead: [
      (n: number) =>
        `${n} engines and OCI runtimes, from the facts on each one's concept page; every cell links to its source. The last row is derived from the OS pages. The `,
      'stack diagram',
      ' shows where each sits.',
    ] as [(n: number) => string, string, string],
    runtimesCaption: 'Container engines and runtimes compared',
    shippedBy: {
      label: 'Default on',
      description: 'OSes that ship it as their default; derived from each OS page, where it is sourced.',
      group: 'Where it ships',
      none: 'No OS on this site',
    },
    columnsOS: 'OSes',
    columnsRuntimes: 'runtimes',
    diff: 'Only differences',
    notes: 'Show notes',
    copy: 'Copy as Markdown',
    choose: (columns: string) => `Choose ${columns}, attributes and order`,
    columnsToShow: (columns: string) => `${columns} to show`,
    rowsToShow: 'Attributes to show',
    orderBy: (columns: string) => `Order ${columns} by`,
    byName: 'Name',
    reset: 'Show everything',
    baseline: 'baseline',
    linkToRow: (label: string) => `Link to row: ${label}`,
    note: 'Note ',
    cellSources: 'Sources:',
    columnSources: (n: number) => `(${n} sources)`,
    citedIn: ['Cited in this table; the ', (name: string) => `${name} page`, ' lists every source it uses.'] as [
      string,
      (name: string) => string,
      string,
    ],
    /** For the script: `{n}`, `{columns}`… are numbers. */
    client: {
      showThem: 'Show them',
      hiddenOne: '1 row is hidden because every column shown agrees. ',
      hiddenMany: '{n} rows are hidden because every column shown agrees. ',
      summary: 'Showing {columns} of {allColumns} columns and {rows} of {allRows} attributes.',
      copied: 'Copied this view as a Markdown table.',
      copyFailed: 'The browser did not allow copying; select the table and copy it instead.',
      nounOS: 'OS',
      nounRow: 'attribute',
      nounSort: 'attribute to sort by',
      nounDiff: '"differences only" setting',
      nounNotes: '"show notes" setting',
      mdAttribute: 'Attribute',
      mdFrom: '{title}, from [Container Atlas]({url}):',
      mdSources: 'Numbers in brackets are sources, listed for each OS at {links}.',
    },
  },
  choose: {
    title: 'Which container OS fits me?',
    description: (questions: number, distros: number) =>
      `Answer up to ${questions} questions (platform, Kubernetes, shell access, SELinux or AppArmor, updates, support) and see which of ${distros} container operating systems fit, each verdict linked to its sourced fact.`,
    lead: 'Tick what your case needs. Every answer must hold; each operating system that stays lists the facts that kept it, and each one ruled out names the answer that ruled it out. Every verdict links to the fact on the OS page, with its sources. An OS marked “not confirmed” is not ruled out, but a fact your answers depend on is unknown.',
    formLabel: 'Your needs',
    noPreference: 'No preference',
    show: 'Show results',
    jump: 'Jump to the results',
    clear: 'Clear answers',
    noscript:
      'Without JavaScript the results follow your answers on this page, but the address cannot carry them: to share a choice, name the answers in words.',
    /** Shown by a server that answers the form without JavaScript (deploy/nginx.conf) when the query has words it does not know. */
    unknownAnswers:
      'This address names questions or answers this page does not know, and they were ignored: the ticked answers are the ones it read.',
    fits: 'What fits',
    count: (n: number) => `${n} operating systems.`,
    /** For the script: `{fits}`, `{total}` and `{out}` are numbers. */
    countTemplate: '{fits} of {total} operating systems fit every answer; {out} ruled out.',
    ruledOut: 'Ruled out',
    unconfirmed: 'Not confirmed',
  },
  stack: {
    title: 'The container stack',
    description:
      'From Kubernetes down to the kernel: orchestrators, engines, CRI and OCI, runtimes and kernel primitives as one layered diagram, and which stack each container OS ships.',
    lead: 'A request to run a container travels down these layers: an orchestrator or CLI asks an engine, the engine speaks CRI (or its own API), prepares an OCI bundle and calls an OCI runtime, and the runtime asks the kernel for namespaces, cgroups and security filters. Each box opens its concept page.',
    perOs: 'Which stack each OS ships',
    tableCaption: 'Default stack per OS',
    columns: ['OS', 'Engine / CRI', 'OCI runtime'],
    noEngine: 'None by default',
    tableNote: ["From each OS's default-runtime facts; the sources are on the OS pages and in the ", 'matrix', '.'] as [
      string,
      string,
      string,
    ],
    layersLabel: 'Layers of the container stack, top to bottom',
    historical: ' (historical)',
    highlight: 'Highlight the stack an OS ships',
    none: 'None',
    nounOS: 'OS',
    summary: {
      none: (os: string) => `${os} ships no container engine by default.`,
      ships: (os: string, engines: string[], runtimes: string[]) =>
        `${os} ships ${engines.join(' and ')}${runtimes.length ? ` with ${runtimes.join(' or ')}` : ''}.`,
    },
  },
  timeline: {
    title: 'Timeline',
    description:
      'When each container OS was first released, when it reached end of life, and what replaced it: CoreOS to Flatcar and Fedora CoreOS, Atomic Host to RHCOS, RancherOS to its successors.',
    heading: 'Timeline and lineage',
    lead: "Every OS on the site, ordered by first release. Bars run from first release to end of life, or to today for those still going; the table holds the same facts for screen readers and for copying, each from the OS's sourced facts.",
    lifespans: 'Lifespans',
    regionLabel: 'Lifespans of container operating systems',
    caption: 'First release, end of life and successors of each OS, oldest first',
    os: 'OS',
    firstRelease: 'First release',
    endOfLife: 'End of life',
    successors: 'Successors',
    chart: 'Lifespan chart, ',
    lineage: 'Lineage: what replaced and what grew out of each system',
    succeededBy: 'was succeeded by',
    baseOf: 'was the base of',
    and: ' and ',
    derived: ' (derived)',
  },
  glossary: {
    title: 'Glossary',
    description: (n: number) =>
      `${n} container terms in one line each, A to Z: from AppArmor and cgroups to runc, seccomp and user namespaces.`,
    lead: 'Every concept on the site in one sentence. Each term links to its full page; the same sentences appear when you hover over or focus a term in an article.',
    letters: 'Letters',
    linkTo: (term: string) => `Link to glossary entry: ${term}`,
    also: 'Also: ',
  },
  changes: {
    title: 'What changed',
    description:
      'Releases, end-of-life dates and changed defaults of container operating systems and the stack under them, and the corrections made to this atlas, newest first, each with its sources.',
    lead: 'Releases, end-of-life dates and changed defaults of the OSes and concepts on this site, and what was added to or corrected in the atlas itself. Newest first; every entry links to its sources.',
    feed: ['Atom feed', ': these entries, for feed readers'] as [string, string],
    calendar: ['Lifecycle calendar', ': first releases and ends of life, as iCalendar'] as [string, string],
    concerns: 'Concerns:',
    source: 'Source:',
    sources: 'Sources:',
    checked: (date: string) => `(checked ${date})`,
  },
  /** /data/. The `…Html` strings are trusted markup (set:html): our own words, never the URL's. */
  data: {
    title: 'Open data',
    description:
      'Every OS, concept and fact on Container Atlas as JSON, with its sources and the date each was checked: three files, a JSON Schema for each, and a format that only grows.',
    lead: "Everything the tables on this site show, as JSON: every operating system and concept with each fact's value, note, and the primary sources it rests on with the date each was checked. The files are written from the same frontmatter as the pages, at every build, so they never disagree with what you read here.",
    files: 'Files',
    counts: {
      distros: (n: number) => `${n} operating systems`,
      concepts: (n: number) => `${n} concepts`,
      attributes: (n: number) => `${n} attributes`,
    },
    /** Null in English: the schema's own description says what each file holds. */
    fileDescriptions: null as null | Record<'distros' | 'concepts' | 'attributes', string>,
    schema: 'JSON Schema',
    filesNoteHtml:
      'Each file names its schema in <code>$schema</code> and the build date in <code>generated</code>. The schemas are JSON Schema draft 2020-12.',
    otherLanguageHtml:
      'The same files with the words of the Chinese edition (titles, summaries, notes and labels; the same values, dates and sources) are under <code>/data/v1/zh/</code>.',
    licence: 'Licence and sources',
    licenceText:
      "No licence for the site's content has been decided yet, so none is granted here; this page will name it once it is. Every fact carries the primary sources it rests on: check and cite those, and look at the date each was checked before relying on a value.",
    stability: 'Stability',
    stabilityHtml:
      'v1 never changes shape: no field under <code>/data/v1/</code> is renamed, removed or given another type. Additions come only as new optional fields, so ignore fields you do not know. New values are data, not shape: a new OS, concept or attribute, or a new term in a vocabulary, appears in the files (and in <code>attributes.json</code>) without a new version. A change that breaks this would get a new path.',
    examples: 'Examples',
    exDownload: 'Download every OS with its facts:',
    exActiveHtml: 'List the active OSes with their update model, using <code>jq</code>:',
    exSources: 'The sources behind one fact, with the date each was checked:',
    exRuntimes: 'Every OCI runtime and sandbox:',
    fields: 'Fields',
    fieldsNoteHtml:
      'Generated from the JSON Schemas above. <code>[]</code> marks an item of a list; <code>&lt;id&gt;</code> is an attribute id from <code>attributes.json</code>.',
    fieldsCaption: (file: string) => `Fields of ${file}.json`,
    fieldColumns: ['Field', 'Type', 'Meaning'],
    optional: 'optional',
    attributes: 'Attributes',
    attributesNoteHtml:
      'The keys under <code>facts</code>, as <code>attributes.json</code> lists them. Any fact may instead hold a placeholder, always with a note that says why:',
    attributeColumns: ['Attribute', 'Kind', 'Meaning and values'],
    attrOS: 'Operating systems',
    attrOSCaption: "Attributes of an operating system's facts",
    attrRuntimes: 'Container engines and runtimes',
    attrRuntimesCaption: "Attributes of a runtime concept's facts",
  },
  searchPage: {
    title: 'Search',
    description: 'Search every container OS and concept on Container Atlas.',
    /** Trusted markup (set:html): our own words, never anything from the URL. */
    introHtml:
      'Search looks at the names, aliases, summaries and section headings of every OS and concept first, then at the full text of every article. A name typed with a letter or two wrong is corrected, the hyphen or dot in a tool or file name is optional (<code>systemd-sysext</code> or <code>systemd sysext</code>), and each result opens at the section that matches. Press <kbd>/</kbd> on any page to search from there.',
    label: 'Search OSes and concepts',
    kindLegend: 'Kind of page',
    all: 'All',
    oses: 'OSes',
    concepts: 'Concepts',
    submit: 'Search',
    noscript: [
      'Search runs in your browser and needs JavaScript. Without it, every page is reachable from the ',
      'list of OSes',
      ', the ',
      'list of concepts',
      ' and the ',
      'glossary',
      '.',
    ],
    /** For the script: `{n}` a number, `{q}` the query, `{count}` the count sentence. */
    client: {
      searching: 'Searching…',
      failed: 'Search could not load. Reload the page to try again.',
      countOne: '1 result for “{q}”',
      countMany: '{n} results for “{q}”',
      soFar: '{count} so far; searching article text…',
      done: '{count}.',
      none: 'No results for “{q}”. Check the spelling, try a broader word, or browse the glossary.',
      showingFor: 'Showing results for ',
      searchInstead: ' — search instead for ',
      didYouMean: 'Did you mean ',
      didYouMeanEnd: '?',
      kindOS: 'OS',
      kindConcept: 'Concept',
      nounQuery: 'search text',
      nounKind: 'kind of page',
      nounSpelling: 'spelling',
    },
  },
  /** Link-preview images and their alt text. */
  card: {
    kind: { os: 'Container OS', concept: 'Concept', pair: 'Comparison' },
    layer: (layer: string) => `${layer} layer`,
    same: (total: number) => `Same values on all ${total} attributes`,
    differ: (differ: number, total: number) => `Differ on ${differ} of ${total} attributes`,
    list: (items: string[]) =>
      items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
    osAlt: (title: string, status: string, facts: string) =>
      `Container Atlas card for ${title}: status ${status}, with its ${facts}.`,
    conceptAlt: (title: string, layer: string) =>
      `Container Atlas card for the concept ${title}, in the ${layer} layer, with its one-line definition.`,
    pairSameAlt: (a: string, b: string, total: number) =>
      `Container Atlas card comparing ${a} and ${b}, which show the same values on all ${total} attributes.`,
    pairAlt: (a: string, b: string, differ: number, total: number, labels: string) =>
      `Container Atlas card comparing ${a} and ${b}: they differ on ${differ} of ${total} attributes, including ${labels}.`,
    pageAlt: (title: string) => `Container Atlas card with the page title “${title}” and its description.`,
    /** Labels are capitalised words in a table; inside a sentence English lowercases them. */
    inSentence: (label: string) => label.toLowerCase(),
  },
  translation: {
    missing: 'This page has not been translated yet; it is shown in English.',
    outdated: 'The English page has changed since this translation was written, so some of it may be out of date.',
    readOriginal: 'Read the English page',
  },
};

export type Messages = typeof en;
