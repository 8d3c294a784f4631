// UI strings of the workspace additions (节点 in the assignment form, evidence after submitting), zh first;
// merged into the one map in messages.ts.
export const workspaceZh = {
  'milestone.title': '节点',
  'milestone.none': '暂无节点。',
  'milestone.add': '添加节点',
  'milestone.date': '节点日期',
  'milestone.label': '节点要求',
  'milestone.expectedPct': '应完成%',
  'milestone.dateRequired': '请选择节点日期',
  'milestone.labelRequired': '请填写节点要求',
  'milestone.tooMany': '节点最多 {n} 个',
  'evidence.add': '补充佐证材料',
  'evidence.added': '已上传 {name}',
  'evidence.tooLarge': '文件超过 {mb} MB,无法上传',
  'department.submitted': '待审核',
} as const;

export const workspaceEn: Record<keyof typeof workspaceZh, string> = {
  'milestone.title': 'Milestones',
  'milestone.none': 'No milestone yet.',
  'milestone.add': 'Add a milestone',
  'milestone.date': 'Milestone date',
  'milestone.label': 'What is due',
  'milestone.expectedPct': 'Share due %',
  'milestone.dateRequired': 'Choose the milestone’s date',
  'milestone.labelRequired': 'Say what is due at this milestone',
  'milestone.tooMany': 'At most {n} milestones',
  'evidence.add': 'Add evidence',
  'evidence.added': 'Uploaded {name}',
  'evidence.tooLarge': 'The file is larger than {mb} MB and cannot be uploaded',
  'department.submitted': 'Awaiting review',
};
