const t = (zh: string, en: string) => ({ zh, en })

/**
 * A 500-step script shaped like a big real one: a first question sends the visitor into one of
 * several sections (one per situation); each section mixes scenes, info steps, yes-no, number and
 * choice questions whose branches rejoin, and ends at its own outcome. Deterministic.
 */
export function generateScript(totalSteps: number): unknown {
  const sections = 20
  // Spread the steps left after the two opening ones over the sections, so the total is exact.
  const sizes = Array.from({ length: sections }, (_, s) => Math.floor((totalSteps - 2) / sections) + (s < (totalSteps - 2) % sections ? 1 : 0))
  const steps: Record<string, unknown>[] = []
  const sectionStarts = Array.from({ length: sections }, (_, s) => `s${s}-0`)
  steps.push({ id: 'welcome', kind: 'scene', place: { facility: 'guide-desk' }, say: t('您好，欢迎来到政务服务中心。', 'Hello and welcome to the service centre.'), cue: 'greet', next: 'situation' })
  steps.push({
    id: 'situation', kind: 'question', input: 'single', text: t('您要办理哪类事情？', 'What do you need to do?'),
    options: sectionStarts.map((_, s) => ({ value: `case-${s}`, label: t(`情形 ${s + 1}`, `Situation ${s + 1}`) })),
    next: [...sectionStarts.map((to, s) => ({ when: { answer: 'situation', is: `case-${s}` }, to })).slice(0, -1), { to: sectionStarts.at(-1)! }],
  })
  for (let s = 0; s < sections; s++) steps.push(...section(s, sizes[s]!))
  return { id: 'bench-large', title: t('大型测试情形', 'Large bench situation'), summary: t('用于性能测试', 'For timing the engine'), theme: 'business-licensing', audience: '法人', start: 'welcome', steps }
}

function section(s: number, size: number): Record<string, unknown>[] {
  const id = (i: number) => `s${s}-${i}`
  const steps: Record<string, unknown>[] = []
  for (let i = 0; i < size - 1; i++) {
    const next = i + 1 < size - 1 ? id(i + 1) : `s${s}-result`
    const skip = i + 2 < size - 1 ? id(i + 2) : next
    switch (i % 6) {
      case 0:
        steps.push({ id: id(i), kind: 'scene', place: { zone: 'general-acceptance' }, say: t('我们去综合受理区。', 'Let’s go to the general acceptance area.'), cue: 'walk', next })
        break
      case 1:
        // A yes-no question whose "yes" takes a detour through the next step and "no" skips it (rejoining).
        steps.push({ id: id(i), kind: 'question', input: 'yes-no', text: t('是否委托代理人？', 'Is an agent applying for you?'), next: i % 12 === 1 || i % 18 === 7 ? [{ when: { answer: id(i), is: true }, to: next }, { to: skip }] : next })
        break
      case 2:
        steps.push({ id: id(i), kind: 'info', title: t('请准备材料', 'Get your documents ready'), text: t('请带好身份证件。', 'Bring your ID card.'), next })
        break
      case 3:
        steps.push({ id: id(i), kind: 'question', input: 'number', text: t('经营面积多少平方米？', 'What is the floor area?'), unit: t('平方米', 'm²'), min: 1, max: 10000, next: [{ when: { answer: id(i), lt: 50 }, to: next }, { to: next }] })
        break
      case 4:
        steps.push({ id: id(i), kind: 'question', input: 'multiple', text: t('还需要办理哪些事？', 'What else do you need?'), options: [{ value: 'sign', label: t('招牌', 'A sign') }, { value: 'tobacco', label: t('卷烟', 'Cigarettes') }, { value: 'none', label: t('都不需要', 'None') }], next })
        break
      default:
        steps.push({ id: id(i), kind: 'question', input: 'single', text: t('企业类型？', 'What kind of business?'), options: [{ value: 'company', label: t('公司', 'Company') }, { value: 'sole-trader', label: t('个体户', 'Sole trader') }], next })
    }
  }
  const multiple = steps.find((st) => st.input === 'multiple')?.id as string
  steps.push({
    id: `s${s}-result`, kind: 'outcome', title: t('一次告知单', 'Your list'),
    matters: [
      { matter: 'company-establishment' },
      { matter: 'food-business-licence', materials: { 'health-certificates': { answer: id(1), is: true } } },
      { matter: 'outdoor-signboard-approval', when: { answer: multiple, includes: 'sign' } },
    ],
  })
  return steps
}

