// Small, real-looking content for the journey's component tests: opening a small shop.
import type { ClientCatalogue } from '../../core/content/catalogue.ts'
import type { HallPlan } from '../../core/content/hall-layout.ts'
import type { Material, Matter } from '../../core/content/matter.ts'
import type { SceneScript } from '../../core/scenes/script.ts'

const zh = (zh: string, en: string) => ({ zh, en })

export const openShop: SceneScript = {
  id: 'open-shop',
  title: zh('我要开一家小店', 'I want to open a small shop'),
  summary: zh('个体工商户或公司，卖食品的要办食品经营许可', 'As a sole trader or a company; selling food needs a food licence'),
  theme: 'business-startup',
  audience: '法人',
  start: 'welcome',
  steps: [
    { id: 'welcome', kind: 'scene', place: { facility: 'guide-desk' }, say: zh('您好，我带您办开店的手续。', 'Hello, I will take you through opening your shop.'), cue: 'greet', next: 'business-type' },
    {
      id: 'business-type',
      kind: 'question',
      input: 'single',
      text: zh('您打算以什么形式经营？', 'How will you run the business?'),
      options: [
        { value: 'sole-trader', label: zh('个体工商户', 'Sole trader'), hint: zh('一个人或家庭经营', 'On your own or as a family') },
        { value: 'company', label: zh('有限责任公司', 'Limited company') },
      ],
      next: 'sells-food',
    },
    { id: 'sells-food', kind: 'question', input: 'yes-no', text: zh('店里卖食品吗？', 'Will you sell food?'), next: 'area' },
    {
      id: 'area',
      kind: 'question',
      input: 'number',
      text: zh('经营场所有多大？', 'How big are the premises?'),
      unit: zh('平方米', 'm²'),
      min: 1,
      max: 5000,
      next: 'extras',
    },
    {
      id: 'extras',
      kind: 'question',
      input: 'multiple',
      text: zh('还需要办理哪些事？', 'What else do you need?'),
      options: [
        { value: 'hire', label: zh('招聘员工', 'Hire staff') },
        { value: 'agent', label: zh('委托他人代办', 'Send someone on my behalf') },
        { value: 'none', label: zh('都不需要', 'None of these') },
      ],
      next: 'list',
    },
    {
      id: 'list',
      kind: 'outcome',
      title: zh('开店一次告知单', 'Your list for opening a shop'),
      matters: [
        { matter: 'food-business-licence', when: { answer: 'sells-food', is: true } },
        {
          matter: 'sole-trader-registration',
          when: { answer: 'business-type', is: 'sole-trader' },
          materials: { 'agent-authorisation': { answer: 'extras', includes: 'agent' } },
        },
        { matter: 'company-establishment', when: { answer: 'business-type', is: 'company' } },
      ],
    },
  ],
}

const limit = (value: number) => ({ value, unit: '工作日' as const })
const material = (id: string, name: [string, string], extra: Partial<Material> = {}): Material => ({
  id,
  name: zh(...name),
  kind: ['原件'],
  medium: ['纸质'],
  copies: 1,
  required: true,
  source: '申请人自备',
  ...extra,
})

function matter(id: string, name: [string, string], extra: Partial<Matter>): Matter {
  return {
    id,
    code: { basic: '000109001000', implementation: '11330100MB1234567X4000109001000' },
    name: zh(...name),
    type: '行政许可',
    kind: '即办',
    department: 'market-regulation',
    jointDepartments: [],
    audience: ['法人'],
    themes: ['business-startup'],
    keywords: [],
    summary: zh('办理说明', 'What this is'),
    basis: [{ name: zh('《中华人民共和国市场主体登记管理条例》', 'Regulations on the Registration of Market Entities'), docNumber: zh('国务院令第746号', 'State Council Order No. 746') }],
    conditions: [zh('符合法定条件', 'You meet the legal conditions')],
    materials: [],
    process: [{ name: zh('受理', 'Acceptance') }],
    specialProcedures: [],
    caseType: '即办件',
    legalLimit: limit(15),
    promisedLimit: limit(0),
    fees: { charged: false, items: [] },
    windows: [1],
    hours: zh('周一至周五 9:00-12:00，13:30-17:00', 'Monday to Friday 9:00-12:00 and 13:30-17:00'),
    visits: { count: 1, reason: zh('领取执照', 'To collect the licence') },
    online: { available: true, depth: 'III', appointment: true, payment: false, delivery: true, kiosk: false },
    result: { name: zh('营业执照', 'Business licence'), type: '证照', delivery: ['窗口领取'] },
    consultation: { phone: '0599-86012345' },
    complaint: { phone: '12345' },
    faq: [],
    scope: zh('全市通办', 'Any office in the city'),
    prerequisites: [],
    updated: '2026-10-15',
    ...extra,
  }
}

export const matters: Matter[] = [
  matter('sole-trader-registration', ['个体工商户设立登记', 'Registering as a sole trader'], {
    materials: [
      material('application-form', ['个体工商户登记（备案）申请书', 'Sole trader registration form'], { blankForm: 'sole-trader-form', sample: true }),
      material('operator-id', ['经营者身份证件', "Operator's ID card"], { copies: 0 }),
      material('agent-authorisation', ['授权委托书及代理人身份证件', 'Letter of authority and the agent’s ID'], {
        required: false,
        condition: zh('委托代理人办理的', 'If someone applies on your behalf'),
      }),
      material('premises-proof', ['经营场所使用证明', 'Proof you can use the premises'], {
        required: false,
        condition: zh('经营场所为租赁的', 'If you rent the premises'),
        kind: ['复印件'],
      }),
    ],
  }),
  matter('company-establishment', ['企业设立登记', 'Registering a company'], { kind: '承诺', caseType: '承诺件', promisedLimit: limit(1), windows: [1, 2] }),
  matter('food-business-licence', ['食品经营许可（新办）', 'Food business licence (new)'], {
    kind: '承诺',
    caseType: '承诺件',
    legalLimit: limit(10),
    promisedLimit: limit(5),
    windows: [7],
    prerequisites: ['company-establishment', 'sole-trader-registration'],
    materials: [
      material('food-application', ['食品经营许可申请书', 'Food business licence application'], { copies: 2 }),
      material('licence-shared', ['营业执照', 'Business licence'], { source: '共享获取', copies: 0 }),
    ],
  }),
]

export const hall: HallPlan = {
  name: zh('江川市政务服务中心', 'Jiangchuan City Administrative Service Centre'),
  address: zh('江川市新城区市民大道 88 号', '88 Shimin Avenue, Xincheng District, Jiangchuan'),
  floor: zh('1 楼办事大厅', 'Ground floor service hall'),
  hours: zh('周一至周五 9:00-12:00，13:30-17:00', 'Monday to Friday 9:00-12:00 and 13:30-17:00'),
  size: { w: 4800, h: 3000 },
  zones: [
    { id: 'business-startup', name: zh('企业开办专区', 'Business start-up area'), kind: 'business', rect: { x: 300, y: 0, w: 1400, h: 500 }, matterCount: 0 },
    { id: 'general-acceptance', name: zh('综合受理区', 'General acceptance area'), kind: 'acceptance', rect: { x: 2600, y: 0, w: 1400, h: 500 }, matterCount: 0 },
  ],
  windows: [1, 2, 7].map((number) => ({
    number,
    zone: number === 7 ? 'general-acceptance' : 'business-startup',
    departments: ['market-regulation'],
    matterCount: 0,
    matters: [],
    counter: { x: 300 + number * 200, y: 100, w: 180, h: 80 },
    facing: 'south' as const,
    priority: false,
  })),
  facilities: [],
}

export const catalogue: ClientCatalogue = {
  serviceTimes: [],
  departments: [
    {
      id: 'market-regulation',
      name: zh('江川市市场监督管理局', 'Jiangchuan Market Regulation Administration'),
      description: zh('市场主体登记', 'Registers businesses'),
      consultationPhone: '0599-86012345',
      complaintPhone: '12345',
    },
  ],
  themes: [],
  matters,
  hall,
  forms: [],
  scenes: [openShop],
  strings: { zh: {}, en: {} },
}
