/**
 * The closed vocabularies of src/schemas/vocab.ts in each language. The keys
 * are what authors write; the types make every language name every key.
 */
import * as EN from '../schemas/vocab.ts';
import type { Locale } from './locales.ts';

type Labels<T> = { readonly [K in keyof T]: string };

export interface Vocabulary {
  STATUS: Labels<typeof EN.STATUS>;
  UPDATE_MODEL: Labels<typeof EN.UPDATE_MODEL>;
  PLATFORM: Labels<typeof EN.PLATFORM>;
  ARCHITECTURE: Labels<typeof EN.ARCHITECTURE>;
  CGROUP_MODE: Labels<typeof EN.CGROUP_MODE>;
  WORKLOAD_SCOPE: Labels<typeof EN.WORKLOAD_SCOPE>;
  HOST_ACCESS: Labels<typeof EN.HOST_ACCESS>;
  MAC_DEFAULT: Labels<typeof EN.MAC_DEFAULT>;
  COMMERCIAL_SUPPORT: Labels<typeof EN.COMMERCIAL_SUPPORT>;
  SUPPORT: Labels<typeof EN.SUPPORT>;
  ISOLATION: Labels<typeof EN.ISOLATION>;
  CHANGE_KIND: Labels<typeof EN.CHANGE_KIND>;
  LAYER: { readonly [K in EN.Layer]: { label: string; role: string } };
}

const en: Vocabulary = EN;

const zh: Vocabulary = {
  STATUS: { active: '活跃', maintenance: '仅维护', discontinued: '已停止' },
  UPDATE_MODEL: {
    'ab-partitions': 'A/B 分区镜像',
    ostree: 'OSTree 镜像（rpm-ostree / bootc）',
    'container-image': 'OCI 镜像，A/B',
    'transactional-snapshots': '事务性 Btrfs 快照',
    snaps: 'Snap 软件包',
    packages: '就地更新软件包',
    'image-replacement': '拉取新镜像替换',
  },
  // Brand names stay as they are; only the generic places are words to translate.
  PLATFORM: {
    ...EN.PLATFORM,
    'alibaba-cloud': '阿里云',
    'bare-metal': '裸金属',
    'edge-devices': '边缘与物联网设备',
    containers: '容器内',
  },
  ARCHITECTURE: {
    x86_64: 'x86-64',
    aarch64: 'Arm64',
    armv7: 'Arm 32 位',
    ppc64le: 'POWER (ppc64le)',
    s390x: 'IBM Z (s390x)',
    riscv64: 'RISC-V 64',
  },
  CGROUP_MODE: { v2: 'cgroup v2（统一层级）', hybrid: '混合（v1 与 v2）', v1: 'cgroup v1（旧版）' },
  WORKLOAD_SCOPE: { 'kubernetes-only': '仅作 Kubernetes 节点', containers: '容器，不限于 Kubernetes' },
  HOST_ACCESS: {
    ssh: '通过 SSH 进入主机 shell',
    'admin-container': '仅在管理容器中提供 shell',
    'api-only': '仅 API，无 shell',
  },
  MAC_DEFAULT: {
    'selinux-enforcing': 'SELinux，强制模式',
    'selinux-permissive': 'SELinux，宽容模式',
    apparmor: 'AppArmor',
    none: '无',
  },
  COMMERCIAL_SUPPORT: { vendor: '由维护方提供', 'third-party': '仅第三方提供', none: '无（仅社区）' },
  SUPPORT: { yes: '是', partial: '部分', no: '否', unknown: '未知', 'not-applicable': '不适用' },
  ISOLATION: {
    namespaces: '内核命名空间与控制组',
    'user-space-kernel': '用户态内核',
    'virtual-machine': '轻量级虚拟机',
  },
  CHANGE_KIND: {
    release: '发布',
    'end-of-life': '停止维护',
    'default-changed': '默认值变更',
    'feature-added': '新增功能',
    removed: '移除功能',
    announcement: '公告',
    'added-to-atlas': '收录到本站',
    'fact-corrected': '事实更正',
  },
  LAYER: {
    orchestration: { label: '编排', role: '在多台机器间调度容器，并向各节点下达要运行的容器' },
    engine: { label: '引擎与工具', role: '拉取镜像、管理容器生命周期、提供命令行与 CRI 服务' },
    standard: { label: '接口与规范', role: '各层之间的约定：CRI、CNI、CSI 与 OCI 规范' },
    runtime: { label: 'OCI 运行时与沙箱', role: '把 OCI bundle 变成一个运行中的隔离进程' },
    kernel: { label: 'Linux 内核原语', role: '上面各层依赖的隔离与资源控制机制' },
    os: { label: '操作系统机制', role: '容器操作系统自身如何启动、更新并保护运行这套栈的部分' },
  },
};

const VOCABULARIES: Record<Locale, Vocabulary> = { en, zh };
export const vocabulary = (locale: Locale): Vocabulary => VOCABULARIES[locale];
