/**
 * The layout of a guide spreadsheet (实施清单): the column headers are the national guide's field
 * names in Chinese, the keys are the field names of the national exchange data (TASK_NAME,
 * ANTICIPATE_DAY, ...; our own fields without a national name are marked EXT_). Lists that have
 * their own table nationally (materials, legal basis, process steps, fees, questions, special
 * procedures) have a sheet each, one row per item, keyed by 实施编码.
 */
export type ColumnKind =
  | 'zh' // the Chinese half of a { zh, en } text
  | 'en' // its English half, in a column headed "…（英文）"
  | 'string'
  | 'int'
  | 'amount'
  | 'yes-no'
  | 'time-limit'
  | 'list'
  | 'windows'
  | 'lines-zh' // a list of texts, one per line
  | 'lines-en'
  | 'department'
  | 'departments'
  | 'themes'
  | 'matters'
  | 'json' // a value of our model the national sheet has no field for (an electronic licence), as JSON text

export interface Column {
  readonly header: string
  readonly key: string
  /** dotted path in a matter (main sheet) or in one list item (list sheets) */
  readonly path: string
  readonly kind: ColumnKind
}

function text(header: string, key: string, path: string): Column[] {
  return [
    { header, key, path, kind: 'zh' },
    { header: `${header}（英文）`, key: `${key}_EN`, path, kind: 'en' },
  ]
}
const column = (header: string, key: string, path: string, kind: ColumnKind): Column => ({ header, key, path, kind })

export const CODE_HEADER = '实施编码'

export const matterColumns: readonly Column[] = [
  column('事项标识', 'EXT_ID', 'id', 'string'),
  ...text('事项名称', 'TASK_NAME', 'name'),
  column('基本编码', 'CATALOG_CODE', 'code.basic', 'string'),
  column(CODE_HEADER, 'TASK_CODE', 'code.implementation', 'string'),
  column('事项类型', 'TASK_TYPE', 'type', 'string'),
  column('事项类别', 'EXT_KIND', 'kind', 'string'),
  column('办件类型', 'PROJECT_TYPE', 'caseType', 'string'),
  column('实施主体', 'DEPT_NAME', 'department', 'department'),
  column('受委托部门', 'ENTRUST_NAME', 'entrustedDepartment', 'department'),
  column('联办机构', 'OTHER_DEPT', 'jointDepartments', 'departments'),
  column('服务对象', 'SERVER_TYPE', 'audience', 'list'),
  column('主题分类', 'TOPIC_TYPE', 'themes', 'themes'),
  column('关键词', 'EXT_KEYWORDS', 'keywords', 'list'),
  ...text('事项概述', 'EXT_SUMMARY', 'summary'),
  column('受理条件', 'ACCEPT_CONDITION', 'conditions', 'lines-zh'),
  column('受理条件（英文）', 'ACCEPT_CONDITION_EN', 'conditions', 'lines-en'),
  column('法定办结时限', 'ANTICIPATE_DAY', 'legalLimit', 'time-limit'),
  ...text('法定办结时限说明', 'ANTICIPATE_EXPLAIN', 'legalLimit.note'),
  column('承诺办结时限', 'PROMISE_DAY', 'promisedLimit', 'time-limit'),
  ...text('承诺办结时限说明', 'PROMISE_EXPLAIN', 'promisedLimit.note'),
  column('是否收费', 'IS_FEE', 'fees.charged', 'yes-no'),
  ...text('收费减免', 'EXT_FEE_REDUCTIONS', 'fees.reductions'),
  column('办理窗口', 'EXT_WINDOWS', 'windows', 'windows'),
  ...text('办理时间', 'TRANSACT_TIME', 'hours'),
  column('到办事现场次数', 'LIMIT_SCENE_NUM', 'visits.count', 'int'),
  ...text('必须现场办理原因说明', 'LIMIT_SCENE_EXPLAIN', 'visits.reason'),
  column('是否网办', 'IS_ONLINE', 'online.available', 'yes-no'),
  column('网上办理深度', 'ONLINE_HANDLE_DEPTH', 'online.depth', 'string'),
  column('在线表单', 'EXT_ONLINE_FORM', 'online.form', 'string'),
  column('网上提交所需身份可信等级', 'EXT_TRUST_LEVEL', 'online.trustLevel', 'int'),
  column('身份信息可修改', 'EXT_IDENTITY_EDITABLE', 'online.identityEditable', 'yes-no'),
  column('是否支持预约办理', 'IS_SCHEDULE', 'online.appointment', 'yes-no'),
  column('是否支持网上支付', 'IS_PAY_ONLINE', 'online.payment', 'yes-no'),
  column('是否支持物流快递', 'IS_EXPRESS', 'online.delivery', 'yes-no'),
  column('是否支持自助终端办理', 'IS_SERVICE_TERMINALS', 'online.kiosk', 'yes-no'),
  ...text('审批结果名称', 'RESULT_NAME', 'result.name'),
  column('审批结果类型', 'RESULT_TYPE', 'result.type', 'string'),
  column('送达方式', 'EXT_DELIVERY_WAY', 'result.delivery', 'list'),
  ...text('送达时限', 'EXT_DELIVERY_LIMIT', 'result.deliveryLimit'),
  column('咨询电话', 'CONSULT_PHONE', 'consultation.phone', 'string'),
  column('咨询窗口', 'EXT_CONSULT_WINDOW', 'consultation.window', 'int'),
  column('投诉电话', 'COMPLAIN_PHONE', 'complaint.phone', 'string'),
  ...text('通办范围', 'HANDLE_AREA', 'scope'),
  column('前置事项', 'EXT_PREREQUISITES', 'prerequisites', 'matters'),
  column('颁发电子证照', 'EXT_LICENCE', 'licence', 'json'),
  column('更新日期', 'EXT_UPDATED', 'updated', 'string'),
]

export interface ListSheet {
  readonly sheet: string
  /** the matter field the rows fill, in row order */
  readonly field: 'materials' | 'basis' | 'process' | 'fees.items' | 'faq' | 'specialProcedures'
  /** the exchange JSON's name for the list */
  readonly key: string
  readonly columns: readonly Column[]
  /** how an item is matched with the one already in the file, so fields the sheet lacks are kept */
  readonly identity: (item: Record<string, unknown>) => string
}

const zhOf = (item: Record<string, unknown>, field: string) => String((item[field] as { zh?: string } | undefined)?.zh ?? '')

export const listSheets: readonly ListSheet[] = [
  {
    sheet: '申请材料',
    field: 'materials',
    key: 'MATERIALS',
    identity: (item) => zhOf(item, 'name'),
    columns: [
      column('材料标识', 'EXT_MATERIAL_ID', 'id', 'string'),
      ...text('材料名称', 'MATERIAL_NAME', 'name'),
      column('材料类型', 'MATERIAL_TYPE', 'kind', 'list'),
      column('材料形式', 'MATERIAL_FORMAT', 'medium', 'list'),
      column('份数', 'PAGE_NUM', 'copies', 'int'),
      column('纸张规格', 'PAGE_FORMAT', 'paperSize', 'string'),
      column('是否必要', 'IS_NEED', 'required', 'yes-no'),
      ...text('适用情形', 'EXT_CONDITION', 'condition'),
      column('来源渠道', 'SOURCE_TYPE', 'source', 'string'),
      ...text('来源渠道说明', 'SOURCE_EXPLAIN', 'sourceNote'),
      column('材料依据', 'BY_LAW', 'basis', 'string'),
      column('空白表格', 'EXT_BLANK_FORM', 'blankForm', 'string'),
      column('可由电子证照免提交', 'EXT_REPLACED_BY', 'replacedBy', 'string'),
      column('是否有填写样例', 'EXT_SAMPLE', 'sample', 'yes-no'),
      ...text('填报须知', 'FILL_EXPLAIN', 'notes'),
    ],
  },
  {
    sheet: '设定依据',
    field: 'basis',
    key: 'BY_LAW',
    identity: (item) => zhOf(item, 'name') + zhOf(item, 'article'),
    columns: [
      ...text('法律法规名称', 'LAW_NAME', 'name'),
      ...text('文号', 'LAW_NUMBER', 'docNumber'),
      ...text('条款号', 'CLAUSE_NUMBER', 'article'),
      ...text('条款内容', 'CLAUSE_CONTENT', 'excerpt'),
    ],
  },
  {
    sheet: '办理流程',
    field: 'process',
    key: 'PROCESS_LINKS',
    identity: (item) => zhOf(item, 'name'),
    columns: [
      ...text('环节名称', 'LINK_NAME', 'name'),
      ...text('环节说明', 'LINK_EXPLAIN', 'description'),
      column('办理时限', 'HANDLE_DAY', 'timeLimit', 'time-limit'),
      ...text('办理时限说明', 'HANDLE_EXPLAIN', 'timeLimit.note'),
    ],
  },
  {
    sheet: '特别程序',
    field: 'specialProcedures',
    key: 'SPECIAL_PROCEDURES',
    identity: (item) => zhOf(item, 'name'),
    columns: [
      ...text('特别程序名称', 'SPECIAL_NAME', 'name'),
      column('特别程序时限', 'SPECIAL_DAY', 'timeLimit', 'time-limit'),
      column('是否计入办结时限', 'EXT_COUNTS_IN_LIMIT', 'countsInLimit', 'yes-no'),
    ],
  },
  {
    sheet: '收费项目',
    field: 'fees.items',
    key: 'CHARGE_ITEMS',
    identity: (item) => zhOf(item, 'name'),
    columns: [
      ...text('收费项目名称', 'CHARGE_NAME', 'name'),
      ...text('收费标准', 'CHARGE_STANDARD', 'standard'),
      column('收费金额', 'EXT_CHARGE_AMOUNT', 'amount', 'amount'),
      ...text('收费依据', 'CHARGE_BASIS', 'basis'),
    ],
  },
  {
    sheet: '常见问题',
    field: 'faq',
    key: 'QUESTIONS',
    identity: (item) => zhOf(item, 'q'),
    columns: [...text('问题', 'QUESTION', 'q'), ...text('解答', 'ANSWER', 'a')],
  },
]

export const MAIN_SHEET = '实施清单'
