// `npm start`: the desktop app. Until the app's window lands, say so and point to the headless export.
console.log('预算公开编制助手：桌面界面尚在开发中。')
console.log('现在可以用命令行导出：npm run export -- samples/004-datong-approval-2026.json --out out --format json')
