// Following a patient: the plan's monitor, stop, entry and review lines run on a pain diary (FOLLOW.md).
export { followPlan, followDiary, hasDiaryErrors, type FollowOptions } from './evaluate-follow.js';
export { readDiary, detectDelimiter, type Diary, type DiaryRow, type DiaryIssue } from './diary-csv.js';
export { parseIsoDate, weekOf } from './dates.js';
export { isoDate } from '../plan/dates.js';
export {
    PLANTAR_FASCIITIS_FOLLOW,
    followProfileFor,
    loadFollowProfile,
    decisionWord,
    FOLLOW_RULE_IDS,
    DECISIONS,
    type Decision,
    type FollowRuleId,
    type FollowProfile
} from './follow-profile.js';
export * from './follow-result.js';
export { formatFollowText } from './follow-text.js';
export { renderFollowHtml, type FollowRenderOptions } from './render-follow-html.js';
