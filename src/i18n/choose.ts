/**
 * The questions of /choose/ in each language: the same ids, answers and
 * tests (src/lib/choose-questions.ts), with the legends and labels in words
 * of that language. The types make every language word every answer.
 */
import { QUESTIONS, type Question } from '../lib/choose-questions.ts';
import type { Locale } from './locales.ts';
import { vocabulary } from './vocab.ts';

type QuestionId = 'on' | 'workloads' | 'shell' | 'mac' | 'update' | 'support' | 'active';

/** Legends, and labels of the answers that are not vocabulary words (platforms come from the vocabulary). */
const ZH: Record<QuestionId, { legend: string; answers: Record<string, string> }> = {
  on: { legend: '运行在哪里？', answers: { arm: `${vocabulary('zh').ARCHITECTURE.aarch64} 硬件` } },
  workloads: {
    legend: '要运行什么？',
    answers: { kubernetes: '只做 Kubernetes 节点', containers: '也要在 Kubernetes 之外运行容器' },
  },
  shell: {
    legend: '打算如何管理节点？',
    answers: {
      ssh: '通过 SSH 登录主机上的 shell',
      'any-shell': '有 shell 即可，哪怕是在管理容器里',
      'api-only': '只通过 API，不要 shell',
    },
  },
  mac: {
    legend: '默认必须启用哪种强制访问控制？',
    answers: { selinux: 'SELinux，强制模式', apparmor: 'AppArmor', any: '两者皆可，只要处于强制状态' },
  },
  update: {
    legend: '操作系统应当如何更新？',
    answers: {
      image: '整镜像更新（A/B 分区、OSTree、OCI 镜像）',
      transactional: '事务式更新，以快照或 snap 的形式',
      packages: '逐个软件包就地更新',
    },
  },
  support: {
    legend: '需要购买商业支持吗？',
    answers: { maintainer: '需要，由维护方提供', any: '需要，维护方或第三方均可' },
  },
  active: { legend: '维护状态', answers: { yes: '只看仍在积极维护的操作系统' } },
};

function zhQuestions(): Question[] {
  const platforms = vocabulary('zh').PLATFORM as Record<string, string>;
  return QUESTIONS.map((q) => {
    const words = ZH[q.id as QuestionId];
    return {
      ...q,
      legend: words.legend,
      answers: q.answers.map((a) => ({ ...a, label: words.answers[a.value] ?? platforms[a.value] ?? a.label })),
    };
  });
}

const BY_LOCALE: Record<Locale, Question[]> = { en: QUESTIONS, zh: zhQuestions() };

export const questionsIn = (locale: Locale): Question[] => BY_LOCALE[locale];
