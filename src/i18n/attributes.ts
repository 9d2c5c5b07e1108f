/**
 * Matrix attributes' words in each language. The English ones live with the
 * attribute definitions (src/schemas/attributes.ts); the types make every
 * other language name every attribute and group.
 */
import type { DISTRO_ATTRIBUTES, RUNTIME_ATTRIBUTES } from '../schemas/attributes.ts';
import { type Attribute } from '../schemas/attributes.ts';
import type { Locale } from './locales.ts';

type AttributeId = keyof typeof DISTRO_ATTRIBUTES | keyof typeof RUNTIME_ATTRIBUTES;
type Group =
  | (typeof DISTRO_ATTRIBUTES)[keyof typeof DISTRO_ATTRIBUTES]['group']
  | (typeof RUNTIME_ATTRIBUTES)[keyof typeof RUNTIME_ATTRIBUTES]['group'];
type Words = { label: string; description: string };

const ZH: Record<AttributeId, Words> = {
  maintainer: { label: '维护方', description: '目前由谁开发和发布。' },
  status: { label: '状态', description: '活跃、仅维护，还是已停止。' },
  firstRelease: { label: '首次发布', description: '第一个公开版本的时间。' },
  endOfLife: { label: '停止维护', description: '支持已经或将要结束的时间（如已公布）。' },
  commercialSupport: { label: '商业支持', description: '能否购买该操作系统本身的支持服务，以及向谁购买。' },
  successors: { label: '后继者', description: '已停止的操作系统建议用户迁往何处。' },
  base: { label: '沿革', description: '它分支自或构建于什么之上。' },
  initSystem: { label: '初始化系统', description: '主机上的 PID 1。' },
  kernel: { label: '内核版本线', description: '它所带的 Linux 内核系列（以核查日期为准）。' },
  packageManager: { label: '包管理器', description: '如何向主机本身添加软件。' },
  updateModel: { label: '更新模型', description: '新版本操作系统如何写入磁盘。' },
  rollback: { label: '回滚', description: '能否通过启动上一个版本撤销一次失败的更新？' },
  updateOrchestration: { label: '更新编排', description: '由什么在整个机群中协调更新与重启。' },
  readOnlyRoot: { label: '只读根文件系统', description: '文件系统中属于操作系统的部分是否只读挂载？' },
  integrity: { label: '完整性校验', description: '操作系统镜像是否逐块校验（dm-verity 或类似机制）？' },
  mac: { label: '强制访问控制', description: 'SELinux、AppArmor 或没有，以及默认模式。' },
  macDefault: { label: '默认强制执行的 MAC', description: '全新安装后强制执行的强制访问控制，一词概括。' },
  secureBoot: { label: '安全启动', description: '能否在启用 UEFI 安全启动的情况下启动。' },
  remoteAccess: { label: '远程访问', description: '运维人员如何连接到运行中的节点。' },
  hostAccess: { label: '主机 shell', description: '运维人员能否获得主机上的 shell，以及如何获得。' },
  defaultRuntime: { label: '默认容器运行时', description: '默认随附并启用的引擎与 CRI 实现。' },
  ociRuntime: { label: '默认 OCI 运行时', description: '这些引擎调用的底层运行时。' },
  cgroupMode: { label: 'cgroup 模式', description: '默认启动时使用的 cgroup 层级，以及从何时起。' },
  kubernetes: { label: '与 Kubernetes 的关系', description: '它与 Kubernetes 是什么关系。' },
  workloadScope: { label: '工作负载', description: '只作 Kubernetes 节点，还是运行任意方式启动的容器。' },
  provisioning: { label: '初始配置', description: '机器首次启动时如何完成配置。' },
  platforms: { label: '平台', description: '提供官方镜像的云、虚拟化平台与硬件。' },
  architectures: { label: 'CPU 架构', description: '有官方构建的指令集。' },
  license: { label: '许可证', description: '操作系统本身的许可证。' },
  daemon: { label: '以守护进程运行', description: '是常驻服务，还是每个容器启动一个进程？' },
  rootless: { label: '无根', description: '非特权用户能否用它运行容器？' },
  cri: { label: 'Kubernetes CRI', description: '是否实现容器运行时接口 (CRI)？' },
  isolation: { label: '隔离模型', description: '用什么把容器与主机内核隔开。' },
  specConformance: { label: 'OCI 符合性', description: '它与 OCI 规范的关系。' },
  language: { label: '编程语言', description: '用什么语言编写。' },
  governance: { label: '治理', description: '项目由谁治理。' },
};

const ZH_GROUPS: Record<Group, string> = {
  Lifecycle: '生命周期',
  Design: '设计',
  Updates: '更新',
  Security: '安全',
  Containers: '容器',
  Platforms: '平台',
  Standards: '标准',
  Project: '项目',
};

/** One attribute's label in `locale`. */
export const attributeLabel = (id: AttributeId, english: string, locale: Locale) =>
  locale === 'en' ? english : ZH[id].label;

/** Attributes with their label, description and group in `locale`; keys and kinds stay. */
export function localizeAttributes(list: Attribute[], locale: Locale): Attribute[] {
  if (locale === 'en') return list;
  return list.map((a) => ({
    ...a,
    ...ZH[a.id as AttributeId],
    group: ZH_GROUPS[a.group as Group],
  }));
}
